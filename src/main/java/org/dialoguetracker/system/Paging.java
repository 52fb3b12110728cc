package org.dialoguetracker.system;

/** Keeps page numbers and sizes from the address bar within sensible bounds. */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;

    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    public static int page(Integer page) {
        return page == null || page < 0 ? 0 : page;
    }

    public static int size(Integer size) {
        if (size == null || size < 1) {
            return DEFAULT_SIZE;
        }
        return Math.min(size, MAX_SIZE);
    }
}

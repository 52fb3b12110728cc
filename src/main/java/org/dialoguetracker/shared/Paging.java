package org.dialoguetracker.shared;

/** Keeps page numbers and sizes from the address bar within sensible bounds. */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;

    public static final int MAX_SIZE = 100;

    /** Far beyond any real list; keeps the offset (page × size) within what the database takes. */
    public static final int MAX_PAGE = 1_000_000;

    private Paging() {
    }

    public static int page(Integer page) {
        return page == null || page < 0 ? 0 : Math.min(page, MAX_PAGE);
    }

    public static int size(Integer size) {
        if (size == null || size < 1) {
            return DEFAULT_SIZE;
        }
        return Math.min(size, MAX_SIZE);
    }
}

package org.dialoguetracker.report;

import java.util.List;

/** Word-level differences between two texts, bounded in time and memory whatever their size. */
public final class TextDiff {

    private TextDiff() {
    }

    public enum Op {
        EQUAL, INSERTED, DELETED
    }

    public record Segment(Op op, String text) {
    }

    /** What changed from {@code before} to {@code after}, word by word, whitespace included in the segments. */
    public static List<Segment> words(String before, String after) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The segments as safe HTML: {@code <ins>} and {@code <del>} around the changes, all text escaped. */
    public static String html(List<Segment> segments) {
        throw new UnsupportedOperationException("not yet");
    }
}

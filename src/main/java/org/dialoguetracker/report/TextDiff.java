package org.dialoguetracker.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Word-level differences between two texts, bounded in time and memory whatever their size.
 * <p>
 * The common beginning and end are taken off first. What is left is compared word by word (Myers' algorithm in
 * linear space, java-diff-utils) when it is at most {@link #WORD_LIMIT} words and spaces; otherwise line by line,
 * each changed stretch of lines then compared word by word when it is small enough, and shown as deleted and
 * inserted whole when not; and when even the lines are too many ({@link #LINE_LIMIT}), or differ too much for that
 * to be quick ({@link #LINE_WORK}), the middle is one deletion and one insertion.
 * Concatenating the EQUAL and DELETED segments gives {@code before} back, the EQUAL and INSERTED ones {@code after}.
 */
public final class TextDiff {

    /** The most tokens (words and the spaces between them) compared word by word at once. */
    static final int WORD_LIMIT = 6_000;

    /** The most lines compared line by line at once. */
    static final int LINE_LIMIT = 12_000;

    /** The most work (lines times differences) spent comparing line by line before giving up on it. */
    static final long LINE_WORK = 20_000_000L;

    private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");

    private static final Pattern LINES = Pattern.compile("[^\\n]*\\n|[^\\n]+");

    private TextDiff() {
    }

    public enum Op {
        EQUAL, INSERTED, DELETED
    }

    public record Segment(Op op, String text) {
    }

    /** What changed from {@code before} to {@code after}, word by word; whitespace is part of the segments. */
    public static List<Segment> words(String before, String after) {
        Segments out = new Segments();
        compare(tokens(before == null ? "" : before, WORDS), tokens(after == null ? "" : after, WORDS), out);
        return out.list;
    }

    /** The segments as safe HTML: {@code <ins>} and {@code <del>} around the changes, all text escaped. */
    public static String html(List<Segment> segments) {
        StringBuilder html = new StringBuilder();
        for (Segment segment : segments) {
            String text = ReportText.escape(segment.text());
            switch (segment.op()) {
                case INSERTED -> html.append("<ins>").append(text).append("</ins>");
                case DELETED -> html.append("<del>").append(text).append("</del>");
                default -> html.append(text);
            }
        }
        return html.toString();
    }

    /** True when nothing changed. */
    public static boolean same(List<Segment> segments) {
        return segments.stream().allMatch(segment -> segment.op() == Op.EQUAL);
    }

    private static void compare(List<String> a, List<String> b, Segments out) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        out.add(Op.EQUAL, a.subList(0, start));
        List<String> middleA = a.subList(start, endA);
        List<String> middleB = b.subList(start, endB);
        if (middleA.isEmpty() || middleB.isEmpty() || middleA.size() + middleB.size() <= WORD_LIMIT) {
            myers(middleA, middleB, out);
        }
        else {
            byLines(String.join("", middleA), String.join("", middleB), out);
        }
        out.add(Op.EQUAL, a.subList(endA, a.size()));
    }

    /** Too long to compare word by word: line by line, each small changed stretch word by word. */
    private static void byLines(String before, String after, Segments out) {
        List<String> a = tokens(before, LINES);
        List<String> b = tokens(after, LINES);
        if (a.size() + b.size() > LINE_LIMIT || !cheapEnough(a, b)) {
            out.add(Op.DELETED, before);
            out.add(Op.INSERTED, after);
            return;
        }
        int at = 0;
        for (Hunk hunk : hunks(a, b)) {
            out.add(Op.EQUAL, a.subList(at, hunk.fromA()));
            String deleted = String.join("", a.subList(hunk.fromA(), hunk.toA()));
            String inserted = String.join("", b.subList(hunk.fromB(), hunk.toB()));
            List<String> wordsA = tokens(deleted, WORDS);
            List<String> wordsB = tokens(inserted, WORDS);
            if (!wordsA.isEmpty() && !wordsB.isEmpty() && wordsA.size() + wordsB.size() <= WORD_LIMIT) {
                myers(wordsA, wordsB, out);
            }
            else {
                out.add(Op.DELETED, deleted);
                out.add(Op.INSERTED, inserted);
            }
            at = hunk.toA();
        }
        out.add(Op.EQUAL, a.subList(at, a.size()));
    }

    private static void myers(List<String> a, List<String> b, Segments out) {
        if (a.isEmpty() || b.isEmpty()) {
            out.add(Op.DELETED, a);
            out.add(Op.INSERTED, b);
            return;
        }
        int at = 0;
        for (Hunk hunk : hunks(a, b)) {
            out.add(Op.EQUAL, a.subList(at, hunk.fromA()));
            out.add(Op.DELETED, a.subList(hunk.fromA(), hunk.toA()));
            out.add(Op.INSERTED, b.subList(hunk.fromB(), hunk.toB()));
            at = hunk.toA();
        }
        out.add(Op.EQUAL, a.subList(at, a.size()));
    }

    /**
     * Whether Myers' algorithm, whose time grows with the lengths times the number of differences, answers these two
     * quickly: the lines found on one side only are a lower bound of the differences.
     */
    private static boolean cheapEnough(List<String> a, List<String> b) {
        Map<String, Integer> balance = new HashMap<>();
        a.forEach(line -> balance.merge(line, 1, Integer::sum));
        b.forEach(line -> balance.merge(line, -1, Integer::sum));
        long differences = balance.values().stream().mapToLong(Math::abs).sum();
        return differences * (a.size() + b.size()) <= LINE_WORK;
    }

    /**
     * The changed stretches, Myers' algorithm in linear space; a deletion and an insertion with nothing equal
     * between them (which it reports apart) are one stretch.
     */
    private static List<Hunk> hunks(List<String> a, List<String> b) {
        Patch<String> patch = DiffUtils.diff(a, b, new MeyersDiffWithLinearSpace<String>(), null);
        List<Hunk> hunks = new ArrayList<>();
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            Hunk hunk = new Hunk(delta.getSource().getPosition(),
                    delta.getSource().getPosition() + delta.getSource().size(), delta.getTarget().getPosition(),
                    delta.getTarget().getPosition() + delta.getTarget().size());
            int last = hunks.size() - 1;
            if (last >= 0 && hunks.get(last).toA() == hunk.fromA() && hunks.get(last).toB() == hunk.fromB()) {
                hunks.set(last, new Hunk(hunks.get(last).fromA(), hunk.toA(), hunks.get(last).fromB(), hunk.toB()));
            }
            else {
                hunks.add(hunk);
            }
        }
        return hunks;
    }

    /** Tokens {@code [fromA, toA)} of the first text replaced by {@code [fromB, toB)} of the second. */
    private record Hunk(int fromA, int toA, int fromB, int toB) {
    }

    private static List<String> tokens(String text, Pattern pattern) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** The segments being built, a run of the same operation kept as one segment. */
    private static final class Segments {

        private final List<Segment> list = new ArrayList<>();

        void add(Op op, List<String> tokens) {
            if (!tokens.isEmpty()) {
                add(op, String.join("", tokens));
            }
        }

        void add(Op op, String text) {
            if (text.isEmpty()) {
                return;
            }
            int last = list.size() - 1;
            if (op == Op.DELETED && last >= 0 && list.get(last).op() == Op.INSERTED) {
                // A deletion next to an insertion is shown first, whichever order the algorithm found them in.
                if (last >= 1 && list.get(last - 1).op() == Op.DELETED) {
                    list.set(last - 1, new Segment(op, list.get(last - 1).text() + text));
                }
                else {
                    list.add(last, new Segment(op, text));
                }
            }
            else if (last >= 0 && list.get(last).op() == op) {
                list.set(last, new Segment(op, list.get(last).text() + text));
            }
            else {
                list.add(new Segment(op, text));
            }
        }
    }
}

package org.dialoguetracker.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A horizontal bar chart as {@code fragments/charts :: bars} draws it in SVG: one row per bar, the label and the
 * value as text on a line, the bar below, its length in percent of the chart's width with the longest bar filling
 * it. Positions and lengths are worked out here so that the template only places them.
 */
public record BarChart(List<Bar> bars, long total) {

    /** Pixels of one row: a line of text and the bar under it. */
    static final int ROW_HEIGHT = 38;

    /** The shortest visible length, in percent, of a bar whose value is not zero. */
    static final double SHORTEST = 0.6;

    public static BarChart of(List<Entry> entries) {
        return scaled(entries, entries.stream().mapToLong(Entry::value).max().orElse(0));
    }

    /**
     * A chart whose bars are measured against {@code max} rather than against its own longest bar: one of several
     * charts drawn to a common scale, as a group of bars among others. {@code max} must be at least every value.
     */
    public static BarChart scaled(List<Entry> entries, long max) {
        if (entries.stream().anyMatch(entry -> entry.value() > max)) {
            throw new IllegalArgumentException("A bar is longer than the scale " + max + ": " + entries);
        }
        List<Bar> bars = new ArrayList<>(entries.size());
        long total = 0;
        for (Entry entry : entries) {
            if (entry.value() < 0) {
                throw new IllegalArgumentException("A bar cannot be negative: " + entry);
            }
            double percent = entry.value() == 0 ? 0 : Math.max(SHORTEST, 100.0 * entry.value() / max);
            bars.add(new Bar(entry, String.format(Locale.ROOT, "%.2f%%", percent), bars.size() * ROW_HEIGHT));
            total += entry.value();
        }
        return new BarChart(List.copyOf(bars), total);
    }

    /**
     * One bar per constant of an enumeration, in the map's order, labelled by the message {@code keyPrefix + name}
     * and coloured by the CSS class {@code classPrefix + name}.
     */
    public static <E extends Enum<E>> BarChart ofCounts(Map<E, Long> counts, String keyPrefix, String classPrefix,
            Function<E, String> href) {
        return of(counts.entrySet().stream()
                .map(count -> Entry.keyed(keyPrefix + count.getKey().name(), count.getValue(),
                        href.apply(count.getKey()), classPrefix + count.getKey().name()))
                .toList());
    }

    public int height() {
        return bars.size() * ROW_HEIGHT;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /**
     * What a bar shows: a label, either a message key or a bilingual name; its value; the page it leads to (a path
     * of this application, or null for none); the CSS class that colours it.
     */
    public record Entry(String labelKey, Bilingual name, long value, String href, String cssClass) {

        public static Entry keyed(String labelKey, long value, String href, String cssClass) {
            return new Entry(labelKey, null, value, href, cssClass);
        }

        public static Entry named(Bilingual name, long value, String href, String cssClass) {
            return new Entry(null, name, value, href, cssClass);
        }
    }

    /** A bar placed in the chart: its entry, its length (such as "42.50%") and the top of its row in pixels. */
    public record Bar(Entry entry, String length, int top) {

        /** The baseline of the row's line of text. */
        public int textY() {
            return top + labelBaseline();
        }

        /** The height of the label's box, which cuts off what would run into the value. */
        public int labelHeight() {
            return barY() - top;
        }

        /** The baseline of the label within its box. */
        public int labelBaseline() {
            return 14;
        }

        public int barY() {
            return top + 20;
        }

        public int barHeight() {
            return 11;
        }
    }
}

package org.dialoguetracker.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Events on a time axis as {@code fragments/charts :: timeline} draws it in SVG: whole calendar years from the
 * first event's to the last one's, a mark per event at its date, a short label beside the mark where there is room
 * for it, and marks that would overlap put on lanes one above the other. Positions are percent of the chart's width
 * (the chart is at least {@value #MIN_WIDTH_PX} pixels wide), worked out here so that the template only places them.
 */
public record Timeline(List<Mark> marks, List<Tick> ticks, String today, int lanes, List<Legend> legend) {

    /** The narrowest the chart is drawn (its CSS says so too), which bounds how much room a label takes. */
    static final int MIN_WIDTH_PX = 720;

    static final int MAX_LANES = 5;

    static final int LANE_HEIGHT = 22;

    /** Room kept free at each end, in percent, so that marks at the ends are drawn whole. */
    private static final double MARGIN = 2.0;

    /** Half a mark's width in percent (a radius of 6 pixels and a little air). */
    static final double HALF_MARK = 8.0 * 100 / MIN_WIDTH_PX;

    /** The width in percent of one character of a label (at most 7.5 pixels at the labels' 12 pixels, Cyrillic too). */
    static final double CHARACTER = 7.5 * 100 / MIN_WIDTH_PX;

    /** The most characters a label shows; longer ones are abbreviated to this. */
    static final int LABEL_LENGTH = 24;

    /** How many years the axis labels at most; beyond that it labels every second, fifth, tenth… year. */
    private static final int MAX_YEAR_LABELS = 10;

    public static Timeline of(List<Event> events, LocalDate today) {
        if (events.isEmpty()) {
            return new Timeline(List.of(), List.of(), null, 1, List.of());
        }
        List<Event> byDate = events.stream().sorted(Comparator.comparing(Event::date)).toList();
        LocalDate start = byDate.get(0).date().withDayOfYear(1);
        LocalDate end = byDate.get(byDate.size() - 1).date().withDayOfYear(1).plusYears(1);
        double days = ChronoUnit.DAYS.between(start, end);

        Lanes lanes = new Lanes();
        byDate.forEach(event -> lanes.place(event, position(start, days, event.date())));
        List<Mark> marks = lanes.marks();
        String todayX = !today.isBefore(start) && today.isBefore(end) ? percent(position(start, days, today)) : null;
        return new Timeline(marks, ticks(start, end, days), todayX, lanes.count(), legend(byDate));
    }

    /** The top of the axis line, below the lanes. */
    public int axisY() {
        return lanes * LANE_HEIGHT + 6;
    }

    /** The baseline of the year labels, under the axis. */
    public int yearY() {
        return axisY() + 18;
    }

    public int height() {
        return axisY() + 24;
    }

    public boolean isEmpty() {
        return marks.isEmpty();
    }

    private static double position(LocalDate start, double days, LocalDate date) {
        return MARGIN + (100 - 2 * MARGIN) * ChronoUnit.DAYS.between(start, date) / days;
    }

    /**
     * Marks placed on lanes in the order of their dates. Each lane knows where its content ends (the last mark, or its
     * label after it) and which mark is its last.
     */
    private static final class Lanes {

        private final List<Placed> placed = new ArrayList<>();

        private final List<Double> ends = new ArrayList<>();

        private final List<Integer> last = new ArrayList<>();

        /**
         * Puts a mark on the lowest lane where it and its label fit after what the lane holds already, with its label
         * before it where the label would run past the right edge; else without its label where the mark fits; else
         * it takes the room of the label of the last mark of a lane; else, where even the marks are too close
         * together, it overlaps the mark of the lane that ends soonest.
         */
        void place(Event event, double x) {
            double label = Math.min(LABEL_LENGTH, longest(event.label())) * CHARACTER + HALF_MARK;
            boolean before = x + HALF_MARK + label > 100;
            int lane = free(before ? x - HALF_MARK - label : x - HALF_MARK);
            if (lane >= 0) {
                put(event, x, lane, before ? x + HALF_MARK : x + HALF_MARK + label, before ? Label.BEFORE : Label.AFTER);
                return;
            }
            lane = free(x - HALF_MARK);
            if (lane >= 0) {
                put(event, x, lane, x + HALF_MARK, Label.NONE);
                return;
            }
            int soonest = 0;
            for (int i = 1; i < ends.size(); i++) {
                if (markEnd(i) < markEnd(soonest)) {
                    soonest = i;
                }
            }
            Placed previous = placed.get(last.get(soonest));
            placed.set(last.get(soonest), new Placed(previous.event(), previous.x(), previous.lane(), Label.NONE));
            put(event, x, soonest, Math.max(markEnd(soonest), x + HALF_MARK), Label.NONE);
        }

        /** The first lane whose content ends before {@code from}, a new lane if none does and there is room, or -1. */
        private int free(double from) {
            for (int lane = 0; lane < ends.size(); lane++) {
                if (ends.get(lane) <= from) {
                    return lane;
                }
            }
            return ends.size() < MAX_LANES ? ends.size() : -1;
        }

        private double markEnd(int lane) {
            return placed.get(last.get(lane)).x() + HALF_MARK;
        }

        private void put(Event event, double x, int lane, double end, Label label) {
            placed.add(new Placed(event, x, lane, label));
            if (lane == ends.size()) {
                ends.add(end);
                last.add(placed.size() - 1);
            } else {
                ends.set(lane, end);
                last.set(lane, placed.size() - 1);
            }
        }

        int count() {
            return Math.max(1, ends.size());
        }

        /** The marks with their heights: the first lane runs along the axis, the others above it. */
        List<Mark> marks() {
            int lanes = count();
            return placed.stream().map(mark -> new Mark(mark.event(), percent(mark.x()),
                    (lanes - 1 - mark.lane()) * LANE_HEIGHT + LANE_HEIGHT / 2 + 4, mark.label())).toList();
        }
    }

    /** A mark on its lane, before the lanes are counted and turned into heights. */
    private record Placed(Event event, double x, int lane, Label label) {
    }

    private static List<Tick> ticks(LocalDate start, LocalDate end, double days) {
        int years = end.getYear() - start.getYear();
        int step = 1;
        while (years > step * MAX_YEAR_LABELS) {
            step = nextStep(step);
        }
        List<Tick> ticks = new ArrayList<>();
        for (int year = start.getYear(); year < end.getYear(); year++) {
            if (year % step == 0) {
                ticks.add(new Tick(percent(position(start, days, LocalDate.of(year, 1, 1))),
                        percent(position(start, days, LocalDate.of(year, 7, 1))), String.valueOf(year)));
            }
        }
        return List.copyOf(ticks);
    }

    /** 1, 2, 5, 10, 20, 50…: the next step between labelled years. */
    private static int nextStep(int step) {
        int magnitude = 1;
        while (magnitude * 10 <= step) {
            magnitude *= 10;
        }
        return step / magnitude == 2 ? 5 * magnitude : 2 * step;
    }

    /** Each kind of event with how many there are, in the order of their first event. */
    private static List<Legend> legend(List<Event> byDate) {
        Map<String, Legend> legend = new LinkedHashMap<>();
        for (Event event : byDate) {
            legend.merge(event.kindKey(), new Legend(event.kindKey(), event.cssClass(), 1),
                    (seen, next) -> new Legend(seen.labelKey(), seen.cssClass(), seen.count() + 1));
        }
        return List.copyOf(legend.values());
    }

    private static int longest(Bilingual text) {
        return Math.max(text.en() == null ? 0 : text.en().length(), text.ru() == null ? 0 : text.ru().length());
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }

    /**
     * Something that happened on a date: where it leads, its title (the mark's tooltip), its place, its short label
     * beside the mark, its kind (a message key, named in the tooltip and the legend) and the CSS class that colours
     * its mark.
     */
    public record Event(LocalDate date, String href, Bilingual title, Bilingual place, Bilingual label, String kindKey,
            String cssClass) {
    }

    /** Where a mark's label goes: after the mark, before it (near the right edge), or nowhere for want of room. */
    public enum Label {
        AFTER, BEFORE, NONE
    }

    /** An event placed on the chart: x in percent of the width, y in pixels (the mark's centre). */
    public record Mark(Event event, String x, int y, Label label) {

        public int labelY() {
            return y + 4;
        }

        /** The label in this language (or the other one), abbreviated to {@value Timeline#LABEL_LENGTH} characters. */
        public String labelText(String language) {
            String text = event.label().in(language);
            return text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1).strip() + "…";
        }
    }

    /** A kind of event as the legend names it: its label (a message key), its colour, how many events are of it. */
    public record Legend(String labelKey, String cssClass, long count) {
    }

    /** A year on the axis: where it starts, where its label goes (mid-year), the label. */
    public record Tick(String x, String labelX, String label) {
    }
}

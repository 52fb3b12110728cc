package org.dialoguetracker.analysis;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A span of whole years, both ends included, either end open: the period the analysis pages filter by. Years are
 * kept within {@link #EARLIEST} and {@link #LATEST}; an end before the start is read the other way round, and
 * {@link #swapped()} says so, so that the page can tell the reader.
 */
public record Period(Integer from, Integer to, boolean swapped) {

    public static final int EARLIEST = 1900;

    public static final int LATEST = 2100;

    public static final Period ALWAYS = new Period(null, null, false);

    /** The period a reader asked for, from the address: years out of range are brought within it. */
    public static Period of(Integer from, Integer to) {
        Integer start = clamp(from);
        Integer end = clamp(to);
        if (start != null && end != null && end < start) {
            return new Period(end, start, true);
        }
        return new Period(start, end, false);
    }

    private static Integer clamp(Integer year) {
        return year == null ? null : Math.max(EARLIEST, Math.min(LATEST, year));
    }

    public boolean bounded() {
        return from != null || to != null;
    }

    /** The first day of the period, or the earliest day there is to SQL. */
    public LocalDate firstDay() {
        return LocalDate.of(from == null ? EARLIEST : from, 1, 1);
    }

    /** The day after the period. */
    public LocalDate dayAfter() {
        return LocalDate.of(to == null ? LATEST + 1 : to + 1, 1, 1);
    }

    /** Every year of the period, for the {@code year} filter of {@code /recommendations}; none when not bounded. */
    public Set<Integer> years() {
        Set<Integer> years = new LinkedHashSet<>();
        if (bounded()) {
            for (int year = from == null ? EARLIEST : from; year <= (to == null ? LATEST : to); year++) {
                years.add(year);
            }
        }
        return years;
    }
}

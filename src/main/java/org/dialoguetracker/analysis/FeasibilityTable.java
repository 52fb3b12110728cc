package org.dialoguetracker.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dialoguetracker.recommendation.Feasibility;
import org.dialoguetracker.recommendation.RecommendationStatus;

/** The recommendations of a filter by feasibility and current status, with the share taken up and the median time. */
public record FeasibilityTable(FeasibilityFilter filter, List<Row> rows) {

    /** The answer to "were the ones we called realistic taken up more often?", from the numbers. */
    public enum Answer {
        /** Realistic ones were taken up more often than the others. */
        YES,
        /** Less often. */
        NO,
        /** Exactly as often. */
        SAME,
        /** There is nothing to compare: no recommendation called realistic, or none called otherwise. */
        NOT_ENOUGH
    }

    public Row row(Feasibility feasibility) {
        return rows.stream().filter(row -> row.feasibility() == feasibility).findFirst().orElseThrow();
    }

    public long total() {
        return rows.stream().mapToLong(Row::total).sum();
    }

    public long total(RecommendationStatus status) {
        return rows.stream().mapToLong(row -> row.count(status)).sum();
    }

    /** The recommendations called possible or unlikely taken together: what the realistic ones are compared with. */
    public long othersTotal() {
        return total() - row(Feasibility.REALISTIC).total();
    }

    public long othersTakenUp() {
        return rows.stream().filter(row -> row.feasibility() != Feasibility.REALISTIC).mapToLong(Row::takenUp).sum();
    }

    /** The share of the others taken up, from 0 to 1; 0 when there are none. */
    public double othersShare() {
        return othersTotal() == 0 ? 0 : (double) othersTakenUp() / othersTotal();
    }

    public Answer answer() {
        Row realistic = row(Feasibility.REALISTIC);
        if (realistic.total() == 0 || othersTotal() == 0) {
            return Answer.NOT_ENOUGH;
        }
        // compared as fractions in whole numbers: a/b against c/d
        long left = realistic.takenUp() * othersTotal();
        long right = othersTakenUp() * realistic.total();
        return left > right ? Answer.YES : left < right ? Answer.NO : Answer.SAME;
    }

    /** The links of the table, for its cells: the matching list on {@code /recommendations}. */
    public String list(Feasibility feasibility, RecommendationStatus status) {
        return filter.list(feasibility, status == null ? Set.of() : Set.of(status));
    }

    public String takenUpList(Feasibility feasibility) {
        return filter.list(feasibility, FeasibilityOutcomes.TAKEN_UP);
    }

    /**
     * One feasibility.
     *
     * @param median the median days from the meeting to adoption and how many recommendations it is taken over; null
     *        when none of them was adopted
     */
    public record Row(Feasibility feasibility, Map<RecommendationStatus, Long> counts, Median median) {

        public long count(RecommendationStatus status) {
            return counts.getOrDefault(status, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public long takenUp() {
            return EnumSet.copyOf(FeasibilityOutcomes.TAKEN_UP).stream().mapToLong(this::count).sum();
        }

        /** The share taken up, from 0 to 1; 0 when the row is empty. */
        public double share() {
            return total() == 0 ? 0 : (double) takenUp() / total();
        }
    }

    /** A median number of days, and over how many recommendations. */
    public record Median(double days, long of) {
    }
}

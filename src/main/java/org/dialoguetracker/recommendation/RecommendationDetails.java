package org.dialoguetracker.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.dialoguetracker.shared.Bilingual;

/** Everything the detail page shows of the recommendation itself; follow-ups and statements come from their features. */
public record RecommendationDetails(
        RecommendationSummary summary,
        Bilingual text,
        boolean archived,
        List<TimelineEntry> timeline,
        List<Long> statementIds) {

    /** The statuses it may move to next; a stalled one resumes at the status it held before the stall. */
    public java.util.Set<RecommendationStatus> allowedNext() {
        return summary.status().allowedNext(heldBeforeStall(timeline, TimelineEntry::to, TimelineEntry::from));
    }

    /** The status held before the latest stall of a timeline in the order the changes took effect, or null. */
    static <T> RecommendationStatus heldBeforeStall(List<T> timeline,
            java.util.function.Function<T, RecommendationStatus> to,
            java.util.function.Function<T, RecommendationStatus> from) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (to.apply(timeline.get(i)) == RecommendationStatus.STALLED) {
                return from.apply(timeline.get(i));
            }
        }
        return null;
    }

    /**
     * One status change: the day it took effect and when it was recorded, from what to what, why (in English and
     * Russian), and by whom.
     */
    public record TimelineEntry(LocalDate effectiveOn, Instant changedAt, RecommendationStatus from,
            RecommendationStatus to, Bilingual note, String changedBy) {

        /** The day it was recorded, in UTC as everything the tracker stores. */
        public LocalDate changedOn() {
            return LocalDate.ofInstant(changedAt, ZoneOffset.UTC);
        }

        /** True when it was backdated: it took effect before the day it was recorded. */
        public boolean backdated() {
            return effectiveOn != null && !effectiveOn.equals(changedOn());
        }
    }
}

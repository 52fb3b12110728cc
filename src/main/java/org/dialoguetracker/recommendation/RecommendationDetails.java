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

    /** One status change: when, from what to what, why, and by whom. */
    public record TimelineEntry(Instant changedAt, RecommendationStatus from, RecommendationStatus to, String note,
            String changedBy) {

        /** The day of the change, in UTC as everything the tracker stores. */
        public LocalDate changedOn() {
            return LocalDate.ofInstant(changedAt, ZoneOffset.UTC);
        }
    }
}

package org.dialoguetracker.recommendation;

import java.time.Instant;

import org.dialoguetracker.shared.Bilingual;

/** A change of a recommendation's status, as the weekly digest lists it. */
public record RecentStatusChange(Long recommendationId, String reference, Bilingual title,
        RecommendationStatus from, RecommendationStatus to, Instant changedAt) {
}

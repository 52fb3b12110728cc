package org.dialoguetracker.recommendation;

/**
 * Where a recommendation stands, as a change made from outside its forms (the bulk status update) checks it
 * before and again when it writes: its status, whether it is archived, and the version to lock against.
 */
public record RecommendationState(Long id, String reference, RecommendationStatus status, boolean archived,
        long version) {

    static RecommendationState of(Recommendation recommendation) {
        return new RecommendationState(recommendation.getId(), recommendation.getReference(),
                recommendation.getStatus(), recommendation.isArchived(), recommendation.getVersion());
    }
}

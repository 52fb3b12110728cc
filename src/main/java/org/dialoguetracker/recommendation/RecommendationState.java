package org.dialoguetracker.recommendation;

/**
 * Where a recommendation stands, as a change made from outside its forms (the bulk status update) checks it
 * before and again when it writes: its status (and, when stalled, the one it resumes at), whether it is archived,
 * and the version to lock against.
 */
public record RecommendationState(Long id, String reference, RecommendationStatus status, boolean archived,
        long version, RecommendationStatus heldBeforeStall) {

    static RecommendationState of(Recommendation recommendation, RecommendationStatus heldBeforeStall) {
        return new RecommendationState(recommendation.getId(), recommendation.getReference(),
                recommendation.getStatus(), recommendation.isArchived(), recommendation.getVersion(),
                heldBeforeStall);
    }

    /** Whether the lifecycle lets it move to this status now (a stalled one resumes where it was). */
    public boolean canMoveTo(RecommendationStatus target) {
        return status.canMoveTo(target, heldBeforeStall);
    }

    public java.util.Set<RecommendationStatus> allowedNext() {
        return status.allowedNext(heldBeforeStall);
    }
}

package org.dialoguetracker.recommendation;

/** A status change the lifecycle does not allow, such as REJECTED → IN_PROGRESS without reopening first. */
public class StatusChangeRefused extends RuntimeException {

    private final RecommendationStatus from;

    private final RecommendationStatus to;

    StatusChangeRefused(RecommendationStatus from, RecommendationStatus to) {
        super("A recommendation cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public RecommendationStatus from() {
        return from;
    }

    public RecommendationStatus to() {
        return to;
    }
}

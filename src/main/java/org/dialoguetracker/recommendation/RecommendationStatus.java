package org.dialoguetracker.recommendation;

/**
 * PROPOSED → UNDER_CONSIDERATION → ADOPTED → IN_PROGRESS → IMPLEMENTED, and from any open state to STALLED,
 * REJECTED or OVERTAKEN_BY_EVENTS.
 */
public enum RecommendationStatus {
    PROPOSED, UNDER_CONSIDERATION, ADOPTED, IN_PROGRESS, IMPLEMENTED, STALLED, REJECTED, OVERTAKEN_BY_EVENTS;

    /** Still moving: neither implemented nor closed off. */
    public boolean isOpen() {
        return ordinal() <= IN_PROGRESS.ordinal();
    }
}

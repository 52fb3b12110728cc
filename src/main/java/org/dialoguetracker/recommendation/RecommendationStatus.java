package org.dialoguetracker.recommendation;

import java.util.EnumSet;
import java.util.Set;

/**
 * PROPOSED → UNDER_CONSIDERATION → ADOPTED → IN_PROGRESS → IMPLEMENTED, and from any open state to STALLED,
 * REJECTED or OVERTAKEN_BY_EVENTS. A stalled, rejected or overtaken recommendation can only be reopened, back to
 * UNDER_CONSIDERATION; an implemented one is done for good.
 */
public enum RecommendationStatus {
    PROPOSED, UNDER_CONSIDERATION, ADOPTED, IN_PROGRESS, IMPLEMENTED, STALLED, REJECTED, OVERTAKEN_BY_EVENTS;

    private static final Set<RecommendationStatus> CLOSING = EnumSet.of(STALLED, REJECTED, OVERTAKEN_BY_EVENTS);

    /** Still moving: neither implemented nor closed off. */
    public boolean isOpen() {
        return ordinal() <= IN_PROGRESS.ordinal();
    }

    /** The statuses a recommendation in this status may move to next, in the order of the lifecycle. */
    public Set<RecommendationStatus> allowedNext() {
        if (isOpen()) {
            Set<RecommendationStatus> next = EnumSet.of(values()[ordinal() + 1]);
            next.addAll(CLOSING);
            return next;
        }
        if (CLOSING.contains(this)) {
            return EnumSet.of(UNDER_CONSIDERATION);
        }
        return EnumSet.noneOf(RecommendationStatus.class);
    }

    public boolean canMoveTo(RecommendationStatus target) {
        return target != null && allowedNext().contains(target);
    }
}

package org.dialoguetracker.recommendation;

import java.util.EnumSet;
import java.util.Set;

/**
 * PROPOSED → UNDER_CONSIDERATION → ADOPTED → IN_PROGRESS → IMPLEMENTED, and from any open state to STALLED,
 * REJECTED or OVERTAKEN_BY_EVENTS. A stalled recommendation resumes at the status it held before the stall (or is
 * rejected, or overtaken by events, after all); a rejected or overtaken one can only be reopened, back to
 * UNDER_CONSIDERATION; an implemented one is done for good.
 */
public enum RecommendationStatus {
    PROPOSED, UNDER_CONSIDERATION, ADOPTED, IN_PROGRESS, IMPLEMENTED, STALLED, REJECTED, OVERTAKEN_BY_EVENTS;

    private static final Set<RecommendationStatus> CLOSING = EnumSet.of(STALLED, REJECTED, OVERTAKEN_BY_EVENTS);

    /** Still moving: neither implemented nor closed off. */
    public boolean isOpen() {
        return ordinal() <= IN_PROGRESS.ordinal();
    }

    /**
     * The statuses a recommendation in this status may move to next, in the order of the lifecycle, when the
     * status it held before its latest stall is not known (a stalled one then resumes under consideration).
     */
    public Set<RecommendationStatus> allowedNext() {
        return allowedNext(null);
    }

    /**
     * The statuses a recommendation in this status may move to next, in the order of the lifecycle.
     *
     * @param heldBeforeStall the status it held before it stalled, to which it resumes; null when not known
     */
    public Set<RecommendationStatus> allowedNext(RecommendationStatus heldBeforeStall) {
        if (isOpen()) {
            Set<RecommendationStatus> next = EnumSet.of(values()[ordinal() + 1]);
            next.addAll(CLOSING);
            return next;
        }
        if (this == STALLED) {
            Set<RecommendationStatus> next = EnumSet.of(resumesTo(heldBeforeStall), REJECTED, OVERTAKEN_BY_EVENTS);
            return next;
        }
        if (CLOSING.contains(this)) {
            return EnumSet.of(UNDER_CONSIDERATION);
        }
        return EnumSet.noneOf(RecommendationStatus.class);
    }

    /** Where "resume" takes a stalled recommendation: back to the open status it held before the stall. */
    public static RecommendationStatus resumesTo(RecommendationStatus heldBeforeStall) {
        return heldBeforeStall != null && heldBeforeStall.isOpen() ? heldBeforeStall : UNDER_CONSIDERATION;
    }

    public boolean canMoveTo(RecommendationStatus target) {
        return canMoveTo(target, null);
    }

    public boolean canMoveTo(RecommendationStatus target, RecommendationStatus heldBeforeStall) {
        return target != null && allowedNext(heldBeforeStall).contains(target);
    }
}

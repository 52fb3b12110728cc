package org.dialoguetracker.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A recommendation's status history as the application would have recorded it: {@code null → PROPOSED} on the day of
 * its meeting, then only the moves that {@code recommendation/RecommendationStatus} allows (PROPOSED →
 * UNDER_CONSIDERATION → ADOPTED → IN_PROGRESS → IMPLEMENTED, from any open status to STALLED, REJECTED or
 * OVERTAKEN_BY_EVENTS, and from those back to UNDER_CONSIDERATION), each later than the one before and none in
 * the future.
 */
final class Lifecycle {

    /** The same statuses, in the same order, as the application's enum. */
    enum Status {
        PROPOSED, UNDER_CONSIDERATION, ADOPTED, IN_PROGRESS, IMPLEMENTED, STALLED, REJECTED, OVERTAKEN_BY_EVENTS;

        static final Set<Status> CLOSING = EnumSet.of(STALLED, REJECTED, OVERTAKEN_BY_EVENTS);

        boolean isOpen() {
            return ordinal() <= IN_PROGRESS.ordinal();
        }

        Set<Status> allowedNext() {
            if (isOpen()) {
                Set<Status> next = EnumSet.of(values()[ordinal() + 1]);
                next.addAll(CLOSING);
                return next;
            }
            if (CLOSING.contains(this)) {
                return EnumSet.of(UNDER_CONSIDERATION);
            }
            return EnumSet.noneOf(Status.class);
        }
    }

    record Change(Status from, Status to, Instant at) {
    }

    private Lifecycle() {
    }

    /** A history that starts at {@code proposedAt} and ends before {@code now}; the last change holds the status. */
    static List<Change> history(Random random, Instant proposedAt, Instant now) {
        List<Change> changes = new ArrayList<>();
        changes.add(new Change(null, Status.PROPOSED, proposedAt));
        Status status = Status.PROPOSED;
        Instant at = proposedAt;
        while (true) {
            Status next = next(random, status);
            if (next == null) {
                return changes;
            }
            // a report takes a few months; later steps come months or years apart
            Instant when = at.plus(20 + random.nextInt(status == Status.PROPOSED ? 160 : 540), ChronoUnit.DAYS)
                    .plus(random.nextInt(9 * 60), ChronoUnit.MINUTES);
            if (!when.isBefore(now)) {
                return changes;
            }
            changes.add(new Change(status, next, when));
            status = next;
            at = when;
        }
    }

    /** The next status, or null to stay: most recommendations move on, some stop early, a few are reopened. */
    private static Status next(Random random, Status status) {
        int roll = random.nextInt(100);
        if (status == Status.IMPLEMENTED) {
            return null;
        }
        if (Status.CLOSING.contains(status)) {
            return roll < 12 ? Status.UNDER_CONSIDERATION : null;
        }
        if (roll < (status == Status.PROPOSED ? 8 : 25)) {
            return null;
        }
        if (roll < 82) {
            return Status.values()[status.ordinal() + 1];
        }
        if (roll < 91) {
            return Status.STALLED;
        }
        return roll < 96 ? Status.REJECTED : Status.OVERTAKEN_BY_EVENTS;
    }
}

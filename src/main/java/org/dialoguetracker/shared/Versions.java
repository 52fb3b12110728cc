package org.dialoguetracker.shared;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Optimistic locking across a form's round trip: the form carries the version it was opened at, and saving
 * it over a newer version fails the same way as a concurrent commit does, so controllers handle one exception.
 */
public final class Versions {

    private Versions() {
    }

    public static void check(Class<?> type, Object id, long saved, Long submitted) {
        if (submitted == null || saved != submitted) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}

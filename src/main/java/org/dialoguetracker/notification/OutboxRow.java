package org.dialoguetracker.notification;

import java.time.Instant;
import java.util.List;

/**
 * A mail of the outbox as its list shows it.
 *
 * @param nextAttemptAt when the delivery job tries it (again): set while QUEUED or FAILED
 * @param lastError why the last attempt failed, one line, no stack trace
 */
public record OutboxRow(Long id, MailKind kind, String recipient, List<String> cc, String language, String subject,
        MailStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

    /** A failed mail that will be tried again (all are: none is dropped). */
    public boolean retrying() {
        return status == MailStatus.FAILED && nextAttemptAt != null;
    }
}

package org.dialoguetracker.notification;

/**
 * Where a mail of the outbox is. A QUEUED mail waits for the delivery job, or, while no mail server is configured,
 * stays in the outbox to be read there; a FAILED one is retried at its next attempt time, never dropped.
 */
public enum MailStatus {
    QUEUED, SENT, FAILED
}

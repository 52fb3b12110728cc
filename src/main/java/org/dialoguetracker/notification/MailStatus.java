package org.dialoguetracker.notification;

/**
 * Where a mail of the outbox is. A QUEUED mail waits for the delivery job, or, while no mail server is configured,
 * stays in the outbox to be read there; a FAILED one is retried at its next attempt time. One that is still not sent
 * once {@code dialogue.notifications.give-up-after} has passed since it was written is EXPIRED: never sent, as a
 * reminder or an invitation that late would mislead (see {@link Outbox#retain}).
 */
public enum MailStatus {
    QUEUED, SENT, FAILED, EXPIRED
}

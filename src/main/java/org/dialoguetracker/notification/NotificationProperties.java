package org.dialoguetracker.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The notifications' settings ({@code dialogue.notifications.*}). The mail server itself is Spring Boot's
 * ({@code spring.mail.host}, {@code SPRING_MAIL_HOST}, ...): without it every mail stays in the outbox.
 *
 * @param baseUrl the tracker's address as recipients reach it, for the links in mails
 * @param from the sender's address
 * @param unsubscribeKey the key of the unsubscribe links' signature; empty: one made at the first start and kept in
 *        the database (table {@code notification_key}), the same for every instance
 * @param reminderDaysAhead how many days before its due date a follow-up's owner is reminded
 * @param retryFirst the wait after a first failed delivery, doubled after each further failure
 * @param retryLongest the longest wait between two attempts
 * @param giveUpAfter how long after it was written a mail not yet sent is given up ({@link MailStatus#EXPIRED})
 * @param keepSent how long sent and given-up mails, and the sent log's keys, are kept before the jobs remove them; at
 *        least {@link #KEEP_SENT_AT_LEAST}, so that no key is removed while its period could still be enqueued again
 * @param schedule when the jobs run on their own
 */
@ConfigurationProperties("dialogue.notifications")
public record NotificationProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("Dialogue Tracker <dialogue-tracker@localhost>") String from,
        @DefaultValue("") String unsubscribeKey,
        @DefaultValue("7") int reminderDaysAhead,
        @DefaultValue("1m") Duration retryFirst,
        @DefaultValue("6h") Duration retryLongest,
        @DefaultValue("7d") Duration giveUpAfter,
        @DefaultValue("90d") Duration keepSent,
        @DefaultValue Schedule schedule) {

    /**
     * The sent log's keys guard a period (a week, the days before a due date) against a second mail: they must be
     * kept well beyond the longest period.
     */
    static final Duration KEEP_SENT_AT_LEAST = Duration.ofDays(30);

    public NotificationProperties {
        if (giveUpAfter.isNegative() || giveUpAfter.isZero()) {
            throw new IllegalArgumentException("dialogue.notifications.give-up-after must be positive, not "
                    + giveUpAfter);
        }
        if (keepSent.compareTo(KEEP_SENT_AT_LEAST) < 0) {
            throw new IllegalArgumentException("dialogue.notifications.keep-sent must be at least "
                    + KEEP_SENT_AT_LEAST.toDays() + " days (the sent log must outlive the periods it guards), not "
                    + keepSent);
        }
    }

    /**
     * @param enabled whether the jobs run on their own (off in the tests, whose shared application they would
     *        disturb; "run now" on /admin/outbox works either way)
     * @param jobs when the reminders and digests are worked out (a cron expression; hourly by default: each mail
     *        goes once per period whatever the number of runs)
     * @param delivery the wait between two runs of the delivery job
     */
    public record Schedule(@DefaultValue("true") boolean enabled, @DefaultValue("0 7 * * * *") String jobs,
            @DefaultValue("30s") Duration delivery) {
    }

    /** An absolute link into the tracker. */
    String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}

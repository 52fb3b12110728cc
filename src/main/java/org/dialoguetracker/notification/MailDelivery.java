package org.dialoguetracker.notification;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due mails through the mail server, one at a time: each is claimed with
 * {@code for update skip locked} in its own transaction, sent, and marked SENT in the same transaction, so that
 * another instance running at the same moment skips it and no mail goes twice. A failure marks it FAILED with the
 * error's first line and the next attempt after a wait that doubles with each failure (up to the longest); nothing
 * is ever dropped. Without a mail server ({@code spring.mail.host} unset, so no {@link JavaMailSender}) nothing is
 * sent and every mail stays QUEUED in the outbox.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    /** A bound on one run, so that a run ends even while mails keep coming. */
    static final int MAX_PER_RUN = 500;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transactions;

    private final ObjectProvider<JavaMailSender> senders;

    private final NotificationProperties properties;

    private final Clock clock;

    public MailDelivery(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> senders,
            NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.senders = senders;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether a mail server is configured: otherwise mail stays in the outbox. */
    public boolean configured() {
        return senders.getIfAvailable() != null;
    }

    /** What one run did. */
    public record Result(int sent, int failed) {
    }

    /** Sends every mail due now, QUEUED or FAILED; nothing without a mail server. */
    public Result deliverDue() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return new Result(0, 0);
        }
        int sent = 0;
        int failed = 0;
        for (int i = 0; i < MAX_PER_RUN; i++) {
            Boolean outcome = transactions.execute(status -> deliverOne(sender));
            if (outcome == null) {
                break;
            }
            if (outcome) {
                sent++;
            }
            else {
                failed++;
            }
        }
        if (sent + failed > 0) {
            log.info("Mail delivery: {} sent, {} failed (to be retried)", sent, failed);
        }
        return new Result(sent, failed);
    }

    /** @return null when nothing is due, else whether the one claimed was sent */
    private Boolean deliverOne(JavaMailSender sender) {
        Instant now = clock.instant();
        List<Long> due = jdbc.queryForList("""
                select id from mail_outbox
                 where status in ('QUEUED', 'FAILED') and next_attempt_at <= ?
                 order by next_attempt_at, id limit 1 for update skip locked""", Long.class, Timestamp.from(now));
        if (due.isEmpty()) {
            return null;
        }
        Long id = due.get(0);
        OutboxRow mail = jdbc.queryForObject("select * from mail_outbox where id = ?", Outbox::row, id);
        try {
            sender.send(message(sender, id, mail));
            jdbc.update("""
                    update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, next_attempt_at = null,
                           last_error = null where id = ?""", Timestamp.from(clock.instant()), id);
            if (mail.kind() == MailKind.REVIEW_LINK) {
                redact(id);
            }
            return true;
        }
        catch (RuntimeException | MessagingException e) {
            int attempts = mail.attempts() + 1;
            Instant next = clock.instant().plus(backoff(attempts));
            jdbc.update("""
                    update mail_outbox set status = 'FAILED', attempts = ?, next_attempt_at = ?, last_error = ?
                     where id = ?""", attempts, Timestamp.from(next), oneLine(e), id);
            log.warn("Mail {} not delivered (attempt {}), next attempt at {}: {}", id, attempts, next, oneLine(e));
            return false;
        }
    }

    /** The wait after the n-th failed attempt: the first wait, doubled n - 1 times, no longer than the longest. */
    Duration backoff(int attempts) {
        Duration wait = properties.retryFirst();
        for (int i = 1; i < attempts && wait.compareTo(properties.retryLongest()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.retryLongest()) > 0 ? properties.retryLongest() : wait;
    }

    private MimeMessage message(JavaMailSender sender, Long id, OutboxRow mail) throws MessagingException {
        String[] bodies = jdbc.queryForObject("select body_text, body_html from mail_outbox where id = ?",
                (rs, n) -> new String[] { rs.getString(1), rs.getString(2) }, id);
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(mail.recipient());
        if (!mail.cc().isEmpty()) {
            helper.setCc(mail.cc().toArray(String[]::new));
        }
        helper.setSubject(mail.subject());
        helper.setText(bodies[0], bodies[1]);
        jdbc.query("select file_name, content_type, content from mail_attachment where mail_id = ? order by id",
                rs -> {
                    try {
                        helper.addAttachment(rs.getString(1), new ByteArrayResource(rs.getBytes(3)),
                                rs.getString(2));
                    }
                    catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }, id);
        message.setHeader("Content-Language", mail.language());
        return message;
    }

    /** Blanks a guest reviewer's link out of a sent mail: the link is a credential, and it has reached its reader. */
    private void redact(Long id) {
        jdbc.update("update mail_outbox set " + Outbox.REDACTED_BODIES + " where id = ?", id);
    }

    /** The first line of the error and of its causes' messages, short, no stack trace. */
    static String oneLine(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && text.length() < 400; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank()) {
                if (!text.isEmpty()) {
                    text.append(" ← ");
                }
                text.append(message.strip().lines().findFirst().orElse(""));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String line = text.isEmpty() ? error.getClass().getSimpleName() : text.toString();
        return line.length() > 480 ? line.substring(0, 480) + "…" : line;
    }
}

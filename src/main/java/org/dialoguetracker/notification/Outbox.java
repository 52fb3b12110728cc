package org.dialoguetracker.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dialoguetracker.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: every mail is written here, rendered, before anything tries to send it. A mail that must go once per
 * item and period (a reminder of follow-up 17 in week 2026-W50) is enqueued only if its key is new in the sent log,
 * so that a second instance, a restart or "run now" twice enqueue nothing more.
 */
@Service
@Transactional
public class Outbox {

    private final JdbcTemplate jdbc;

    private final Clock clock;

    Outbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Enqueues the mail unless the key (kind, item, period) was taken before.
     *
     * @return the new mail's id, or empty when the key was taken: the mail was enqueued before
     */
    Optional<Long> enqueueOnce(String item, String period, MailMessage message) {
        int claimed = jdbc.update("""
                insert into mail_sent_log (kind, item, period) values (?, ?, ?) on conflict do nothing""",
                message.kind().name(), item, period);
        if (claimed == 0) {
            return Optional.empty();
        }
        Long id = enqueue(message);
        jdbc.update("update mail_sent_log set mail_id = ? where kind = ? and item = ? and period = ?", id,
                message.kind().name(), item, period);
        return Optional.of(id);
    }

    /** Whether the key (kind, item, period) is taken. */
    @Transactional(readOnly = true)
    boolean logged(MailKind kind, String item, String period) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from mail_sent_log where kind = ? and item = ? and period = ?)",
                Boolean.class, kind.name(), item, period));
    }

    /**
     * The bodies of a guest reviewer's mail with the link blanked out: the link is a credential, and once the mail is
     * sent (or given up) nobody needs to read it here.
     */
    static final String REDACTED_BODIES = """
            body_text = regexp_replace(body_text, '/review/[A-Za-z0-9_-]+', '/review/…', 'g'),
            body_html = regexp_replace(body_html, '/review/[A-Za-z0-9_-]+', '/review/…', 'g'), redacted = true""";

    /** What the retention did: mails given up, and mails removed. */
    public record Retained(int expired, int removed) implements java.io.Serializable {
    }

    /**
     * The outbox's retention, run with the hourly jobs: a mail still not sent {@code giveUpAfter} after it was written
     * is given up ({@link MailStatus#EXPIRED}, a guest's link in it blanked out as in a sent one), and the sent and
     * given-up mails, with the sent log's keys, older than {@code keepSent} are removed, so that neither grows for
     * ever.
     */
    Retained retain(Duration giveUpAfter, Duration keepSent) {
        Instant now = clock.instant();
        int expired = jdbc.update("""
                update mail_outbox set status = 'EXPIRED', next_attempt_at = null
                 where status in ('QUEUED', 'FAILED') and created_at < ? and kind <> 'REVIEW_LINK'""",
                Timestamp.from(now.minus(giveUpAfter)));
        expired += jdbc.update("update mail_outbox set status = 'EXPIRED', next_attempt_at = null, " + REDACTED_BODIES
                + " where status in ('QUEUED', 'FAILED') and created_at < ? and kind = 'REVIEW_LINK'",
                Timestamp.from(now.minus(giveUpAfter)));
        Timestamp oldest = Timestamp.from(now.minus(keepSent));
        int removed = jdbc.update("""
                delete from mail_outbox where status in ('SENT', 'EXPIRED') and coalesce(sent_at, created_at) < ?""",
                oldest);
        jdbc.update("delete from mail_sent_log where created_at < ?", oldest);
        return new Retained(expired, removed);
    }

    /** Enqueues the mail, whatever was sent before. */
    Long enqueue(MailMessage message) {
        Instant now = clock.instant();
        Long id = jdbc.queryForObject("""
                insert into mail_outbox (kind, recipient, cc, language, subject, body_text, body_html, status,
                                         next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?) returning id""", Long.class,
                message.kind().name(), message.to(), String.join(",", message.cc()), message.language(),
                message.subject(), message.text(), message.html(), Timestamp.from(now), Timestamp.from(now));
        for (MailMessage.Attachment attachment : message.attachments()) {
            jdbc.update("insert into mail_attachment (mail_id, file_name, content_type, content) values (?, ?, ?, ?)",
                    id, attachment.fileName(), attachment.contentType(), attachment.content());
        }
        return id;
    }

    /** One page of the outbox, newest first, of one kind and status or any. */
    @Transactional(readOnly = true)
    public Page<OutboxRow> page(MailKind kind, MailStatus status, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (kind != null) {
            where.append(" and kind = ?");
            parameters.add(kind.name());
        }
        if (status != null) {
            where.append(" and status = ?");
            parameters.add(status.name());
        }
        Long total = jdbc.queryForObject("select count(*) from mail_outbox" + where, Long.class, parameters.toArray());
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(size);
        paged.add((long) page * size);
        List<OutboxRow> rows = jdbc.query("select * from mail_outbox" + where
                + " order by created_at desc, id desc limit ? offset ?", Outbox::row, paged.toArray());
        return new PageImpl<>(rows, PageRequest.of(page, size), total == null ? 0 : total);
    }

    /** One mail with its bodies and its attachments' names. */
    @Transactional(readOnly = true)
    public OutboxEntry entry(Long id) {
        List<OutboxEntry> found = jdbc.query("select * from mail_outbox where id = ?", (rs, n) -> new OutboxEntry(
                row(rs, n), rs.getString("body_text"), rs.getString("body_html"), rs.getBoolean("redacted"),
                attachments(id)), id);
        if (found.isEmpty()) {
            throw new NotFoundException("Mail", id);
        }
        return found.get(0);
    }

    /** An attachment of a mail; one of another mail is not found. */
    @Transactional(readOnly = true)
    public MailMessage.Attachment attachment(Long mailId, Long attachmentId) {
        List<MailMessage.Attachment> found = jdbc.query("""
                select file_name, content_type, content from mail_attachment where id = ? and mail_id = ?""",
                (rs, n) -> new MailMessage.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)),
                attachmentId, mailId);
        if (found.isEmpty()) {
            throw new NotFoundException("Attachment", attachmentId);
        }
        return found.get(0);
    }

    /** How many mails are in each status, for the outbox's heading. */
    @Transactional(readOnly = true)
    public java.util.Map<MailStatus, Long> counts() {
        java.util.Map<MailStatus, Long> counts = new java.util.EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("select status, count(*) from mail_outbox group by status",
                rs -> {
                    counts.put(MailStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    private List<OutboxEntry.AttachmentInfo> attachments(Long mailId) {
        return jdbc.query("""
                select id, file_name, content_type, octet_length(content) from mail_attachment
                 where mail_id = ? order by id""",
                (rs, n) -> new OutboxEntry.AttachmentInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4)), mailId);
    }

    /**
     * The text with every guest reviewer's link masked: what an admin reading the outbox sees of a mail still waiting
     * with one (a sent one has it blanked out of the stored text already).
     */
    public static String masked(String text) {
        return text == null ? null : text.replaceAll("/review/[A-Za-z0-9_-]{8,}", "/review/…");
    }

    static OutboxRow row(ResultSet rs, int n) throws SQLException {
        String cc = rs.getString("cc");
        return new OutboxRow(rs.getLong("id"), MailKind.valueOf(rs.getString("kind")), rs.getString("recipient"),
                cc == null || cc.isEmpty() ? List.of() : List.of(cc.split(",")), rs.getString("language"),
                rs.getString("subject"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

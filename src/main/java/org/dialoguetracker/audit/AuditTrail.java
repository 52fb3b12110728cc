package org.dialoguetracker.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.dialoguetracker.shared.AuditKind;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: events written here (logins, failed logins, account changes, exports) and the Envers
 * revisions of every change, read back together, newest first, filtered by user, kind and dates.
 */
@Service
public class AuditTrail {

    private final NamedParameterJdbcTemplate jdbc;

    private final ZoneId zone;

    /** {@code zone}: the days of the filter are those of the pages' times (see {@code shared/web/Times}). */
    AuditTrail(NamedParameterJdbcTemplate jdbc, @Value("${dialogue.time-zone:Europe/London}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** Records an event in a transaction of its own, so that it stays even when the caller's work fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(AuditKind kind, String username, String summary, String address) {
        jdbc.update("""
                insert into audit_event (username, kind, summary, address)
                values (:username, :kind, :summary, :address)""",
                new MapSqlParameterSource().addValue("username", truncate(username, 100)).addValue("kind", kind.name())
                        .addValue("summary", truncate(summary, 500)).addValue("address", truncate(address, 64)));
    }

    /**
     * One entry of the trail. {@code summary} of a CHANGE lists the kinds of record changed (entity names), and
     * {@code revision} is its Envers revision, by which the page shows what changed in words; null for other kinds.
     */
    public record Entry(Instant occurredAt, String username, AuditKind kind, String summary, String address,
            Long revision) {

        Entry(Instant occurredAt, String username, AuditKind kind, String summary, String address) {
            this(occurredAt, username, kind, summary, address, null);
        }
    }

    /**
     * The latest logins to one account, failed and refused ones included, newest first: what its owner sees of the
     * trail, to notice someone guessing their password.
     */
    @Transactional(readOnly = true)
    public List<Entry> logins(String username, int limit) {
        return jdbc.query("""
                select occurred_at, username, kind, summary, address from audit_event
                 where lower(username) = lower(:username) and kind in ('LOGIN', 'LOGIN_FAILED', 'LOGIN_THROTTLED')
                 order by occurred_at desc limit :limit""",
                new MapSqlParameterSource().addValue("username", username).addValue("limit", limit),
                (rs, row) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        AuditKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)));
    }

    /** The filter of /admin/audit; any part may be null. {@code to} is inclusive. */
    public record Filter(String username, AuditKind kind, LocalDate from, LocalDate to) {
    }

    @Transactional(readOnly = true)
    public Page<Entry> search(Filter filter, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("username", blankToNull(filter.username()))
                .addValue("kind", filter.kind() == null ? null : filter.kind().name())
                // the days as the page shows its times: in the tracker's zone
                .addValue("from", filter.from() == null ? null : filter.from().atStartOfDay(zone).toOffsetDateTime())
                .addValue("to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone)
                        .toOffsetDateTime())
                .addValue("limit", size).addValue("offset", (long) page * size);
        String trail = """
                select occurred_at, username, kind, summary, address, revision from (
                    select occurred_at, username, kind, summary, address, cast(null as bigint) as revision
                      from audit_event
                    union all
                    select r.changed_at, r.username, 'CHANGE',
                           coalesce((select string_agg(regexp_replace(e.entity_name, '^.*\\.', ''), ', '
                                                       order by e.entity_name)
                                       from revision_entity e where e.rev = r.id), ''), null, r.id
                      from revision r
                ) t
                where (cast(:username as varchar) is null or lower(username) = lower(cast(:username as varchar)))
                  and (cast(:kind as varchar) is null or kind = cast(:kind as varchar))
                  and (cast(:from as timestamptz) is null or occurred_at >= cast(:from as timestamptz))
                  and (cast(:to as timestamptz) is null or occurred_at < cast(:to as timestamptz))
                """;
        List<Entry> entries = new ArrayList<>(jdbc.query(trail + " order by occurred_at desc limit :limit offset :offset",
                params, (rs, row) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        AuditKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getObject(6, Long.class))));
        Long total = jdbc.queryForObject("select count(*) from (" + trail + ") counted", params, Long.class);
        return new PageImpl<>(entries, PageRequest.of(page, size), total == null ? 0 : total);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}

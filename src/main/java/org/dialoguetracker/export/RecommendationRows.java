package org.dialoguetracker.export;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams the recommendations a filter lets through straight from PostgreSQL, a cursor's worth at a time, so
 * that an export of any size holds only a few hundred rows in memory.
 */
@Component
class RecommendationRows {

    private static final int FETCH_SIZE = 500;

    private static final String SELECT = """
            select r.reference, r.title_en, r.title_ru,
                   (select string_agg(t.slug, ';' order by t.slug)
                      from recommendation_topic rt join topic t on t.id = rt.topic_id
                     where rt.recommendation_id = r.id) as topics,
                   r.status, r.feasibility, r.addressed_to, r.consensus,
                   coalesce(first_meeting.title_en, first_meeting.title_ru) as meeting,
                   first_meeting.start_date as meeting_date,
                   (select count(*) from follow_up_action f
                     where f.recommendation_id = r.id and f.status in ('OPEN', 'IN_PROGRESS')) as open_follow_ups,
                   r.updated_at
              from recommendation r
              left join lateral (
                   select m.title_en, m.title_ru, m.start_date
                     from recommendation_meeting rm join meeting m on m.id = rm.meeting_id
                    where rm.recommendation_id = r.id
                    order by m.start_date, m.id limit 1) first_meeting on true
             where not r.archived
            """;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate readOnly;

    RecommendationRows(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Hands each matching row, ordered by reference, to {@code sink}; in a transaction, so PostgreSQL uses a cursor. */
    void forEach(ExportFilter filter, Consumer<ExportRow> sink) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> args = new ArrayList<>();
        if (filter.topicIds() != null) {
            if (filter.topicIds().isEmpty()) {
                return;
            }
            sql.append(" and exists (select 1 from recommendation_topic rt where rt.recommendation_id = r.id"
                    + " and rt.topic_id = any (?))");
            args.add(filter.topicIds().toArray(Long[]::new));
        }
        condition(sql, args, "r.status = ?", filter.status() == null ? null : filter.status().name());
        condition(sql, args, "r.feasibility = ?", filter.feasibility() == null ? null : filter.feasibility().name());
        condition(sql, args, "r.addressed_to = ?", filter.addressedTo() == null ? null : filter.addressedTo().name());
        condition(sql, args, "exists (select 1 from recommendation_meeting rm where rm.recommendation_id = r.id"
                + " and rm.meeting_id = ?)", filter.meetingId());
        sql.append(" order by r.reference");
        readOnly.executeWithoutResult(status -> jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < args.size(); i++) {
                Object arg = args.get(i);
                if (arg instanceof Long[] ids) {
                    statement.setArray(i + 1, connection.createArrayOf("bigint", ids));
                }
                else {
                    statement.setObject(i + 1, arg);
                }
            }
            return statement;
        }, (ResultSet rs) -> sink.accept(row(rs))));
    }

    private static void condition(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            args.add(value);
        }
    }

    private static ExportRow row(ResultSet rs) throws SQLException {
        java.sql.Date meetingDate = rs.getDate("meeting_date");
        Timestamp updated = rs.getTimestamp("updated_at");
        return new ExportRow(rs.getString("reference"), rs.getString("title_en"), rs.getString("title_ru"),
                rs.getString("topics"), rs.getString("status"), rs.getString("feasibility"),
                rs.getString("addressed_to"), rs.getString("consensus"), rs.getString("meeting"),
                meetingDate == null ? null : meetingDate.toLocalDate(), rs.getLong("open_follow_ups"),
                updated == null ? null : updated.toInstant());
    }
}

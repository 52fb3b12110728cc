package org.dialoguetracker.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.dialoguetracker.recommendation.RecommendationCriteria;
import org.dialoguetracker.recommendation.RecommendationQuery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
             where\s
            """;

    private final NamedParameterJdbcTemplate jdbc;

    private final TransactionTemplate readOnly;

    RecommendationRows(DataSource dataSource, PlatformTransactionManager transactions) {
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(cursor);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Hands each row the query lets through to {@code sink}, in the query's order; in a transaction, so that
     * PostgreSQL uses a cursor.
     */
    void forEach(RecommendationQuery query, Consumer<ExportRow> sink) {
        RecommendationCriteria criteria = RecommendationCriteria.of(query);
        String sql = SELECT + criteria.where() + " order by " + criteria.orderBy();
        readOnly.executeWithoutResult(status -> jdbc.query(sql, criteria.parameters(), (ResultSet rs) -> {
            sink.accept(row(rs));
        }));
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

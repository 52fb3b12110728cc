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

    /**
     * What both recommendation selects end with: the first meeting's date, the open follow-ups, the last change, from
     * the recommendations with their first meeting, then the filter's condition.
     */
    private static final String FROM_FIRST_MEETING = """
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

    private static final String SELECT = """
            select r.reference, r.title_en, r.title_ru,
                   (select string_agg(t.slug, ';' order by t.slug)
                      from recommendation_topic rt join topic t on t.id = rt.topic_id
                     where rt.recommendation_id = r.id) as topics,
                   r.status, r.feasibility, r.addressed_to, r.consensus,
                   coalesce(first_meeting.title_en, first_meeting.title_ru) as meeting,
            """ + FROM_FIRST_MEETING;

    /** The same recommendations for people: both texts, topic and meeting names in the reader's language. */
    private static final String SHEET_SELECT = """
            select r.reference, r.title_en, r.title_ru, r.text_en, r.text_ru,
                   (select string_agg(coalesce(%1$s, %2$s, t.slug), '; ' order by coalesce(%1$s, %2$s, t.slug))
                      from recommendation_topic rt join topic t on t.id = rt.topic_id
                     where rt.recommendation_id = r.id) as topics,
                   r.status, r.feasibility, r.addressed_to, r.consensus,
                   coalesce(%3$s, %4$s) as meeting,
            """ + FROM_FIRST_MEETING;

    /**
     * The follow-up actions of the recommendations a filter lets through, in the recommendations' order. A person's
     * name is selected only for a reader who may see it ({@code :names}); others get the person's institution.
     */
    private static final String FOLLOW_UP_SELECT = """
            select r.reference, f.description_en, f.description_ru,
                   case when f.owner_participant_id is not null
                        then case when :names then coalesce(%1$s, %2$s)
                                  else coalesce(%3$s, %4$s) end
                        when f.owner_institution_id is not null then coalesce(%5$s, %6$s)
                        else f.owner_text end as owner,
                   f.due_date, f.status, f.completed_on, f.completion_note,
                   (f.status in ('OPEN', 'IN_PROGRESS') and f.due_date < current_date) as overdue
              from follow_up_action f
              join recommendation r on r.id = f.recommendation_id
              left join participant p on p.id = f.owner_participant_id
              left join institution pi on pi.id = p.institution_id
              left join institution oi on oi.id = f.owner_institution_id
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

    /** As {@link #forEach}, the rows for people, names in {@code language} ("en" or "ru") where there are two. */
    void forEachForPeople(RecommendationQuery query, String language, Consumer<SheetRow> sink) {
        RecommendationCriteria criteria = RecommendationCriteria.of(query);
        boolean ru = "ru".equals(language);
        String sql = SHEET_SELECT.formatted(ru ? "nullif(t.name_ru, '')" : "nullif(t.name_en, '')",
                ru ? "nullif(t.name_en, '')" : "nullif(t.name_ru, '')",
                ru ? "nullif(first_meeting.title_ru, '')" : "nullif(first_meeting.title_en, '')",
                ru ? "nullif(first_meeting.title_en, '')" : "nullif(first_meeting.title_ru, '')")
                + criteria.where() + " order by " + criteria.orderBy();
        readOnly.executeWithoutResult(status -> jdbc.query(sql, criteria.parameters(), (ResultSet rs) -> {
            java.sql.Date meetingDate = rs.getDate("meeting_date");
            Timestamp updated = rs.getTimestamp("updated_at");
            sink.accept(new SheetRow(rs.getString("reference"), rs.getString("title_en"), rs.getString("title_ru"),
                    rs.getString("text_en"), rs.getString("text_ru"), rs.getString("topics"), rs.getString("status"),
                    rs.getString("feasibility"), rs.getString("addressed_to"), rs.getString("consensus"),
                    rs.getString("meeting"), meetingDate == null ? null : meetingDate.toLocalDate(),
                    rs.getLong("open_follow_ups"), updated == null ? null : updated.toInstant()));
        }));
    }

    /**
     * The follow-up actions of the recommendations the query lets through, recommendation by recommendation in the
     * query's order, then by due date.
     *
     * @param names whether the reader may see the names of the people who carry them (organisers and admins)
     */
    void forEachFollowUp(RecommendationQuery query, String language, boolean names, Consumer<FollowUpRow> sink) {
        RecommendationCriteria criteria = RecommendationCriteria.of(query);
        boolean ru = "ru".equals(language);
        String sql = FOLLOW_UP_SELECT.formatted(ru ? "nullif(p.name_cyrillic, '')" : "nullif(p.name_latin, '')",
                ru ? "nullif(p.name_latin, '')" : "nullif(p.name_cyrillic, '')",
                ru ? "nullif(pi.name_ru, '')" : "nullif(pi.name_en, '')",
                ru ? "nullif(pi.name_en, '')" : "nullif(pi.name_ru, '')",
                ru ? "nullif(oi.name_ru, '')" : "nullif(oi.name_en, '')",
                ru ? "nullif(oi.name_en, '')" : "nullif(oi.name_ru, '')")
                + criteria.where() + " order by " + criteria.orderBy() + ", f.due_date nulls last, f.id";
        java.util.Map<String, Object> parameters = new java.util.HashMap<>(criteria.parameters());
        parameters.put("names", names);
        readOnly.executeWithoutResult(status -> jdbc.query(sql, parameters, (ResultSet rs) -> {
            java.sql.Date due = rs.getDate("due_date");
            java.sql.Date completed = rs.getDate("completed_on");
            sink.accept(new FollowUpRow(rs.getString("reference"), rs.getString("description_en"),
                    rs.getString("description_ru"), rs.getString("owner"), due == null ? null : due.toLocalDate(),
                    rs.getString("status"), completed == null ? null : completed.toLocalDate(),
                    rs.getString("completion_note"), rs.getBoolean("overdue")));
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

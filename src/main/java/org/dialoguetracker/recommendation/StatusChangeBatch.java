package org.dialoguetracker.recommendation;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes many status changes in a few statements, as {@link RecommendationEditing#changeStatuses} has checked them:
 * one update of the recommendations (status, version, updated_at), one insert of their timeline entries, one
 * insert of their history rows under the transaction's revision. Each statement takes the batch as arrays
 * ({@code unnest}), so its size does not change the statement's text.
 */
@Component
class StatusChangeBatch {

    /** One change, checked: the recommendation at the version it was read at, moving from one status to another. */
    record Row(long recommendationId, long version, RecommendationStatus from, RecommendationStatus to,
            LocalDate effectiveOn, String note, String noteRu) {
    }

    private final JdbcTemplate jdbc;

    StatusChangeBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param changedBy the user's id, or null
     * @param revision the Envers revision the history rows belong to
     * @throws ObjectOptimisticLockingFailureException if a recommendation is no longer at the version read (changed
     *         by someone else in the meantime): the transaction must roll back, as for a form's stale edit
     */
    void write(List<Row> rows, Instant changedAt, Long changedBy, long revision) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((Connection connection) -> {
            Array ids = connection.createArrayOf("bigint", rows.stream().map(Row::recommendationId).toArray());
            Set<Long> updated = updateRecommendations(connection, rows, ids);
            if (updated.size() != rows.size()) {
                Row stale = rows.stream().filter(row -> !updated.contains(row.recommendationId())).findFirst()
                        .orElseThrow();
                throw new ObjectOptimisticLockingFailureException(Recommendation.class, stale.recommendationId());
            }
            insertTimeline(connection, rows, ids, changedAt, changedBy);
            insertHistory(connection, ids, revision);
            return null;
        });
    }

    private static Set<Long> updateRecommendations(Connection connection, List<Row> rows, Array ids)
            throws SQLException {
        // updated_at as Hibernate's @UpdateTimestamp would set it: the moment of the write
        try (PreparedStatement update = connection.prepareStatement("""
                update recommendation r set status = v.status, version = r.version + 1, updated_at = now()
                  from unnest(?::bigint[], ?::varchar[], ?::bigint[]) v(id, status, version)
                 where r.id = v.id and r.version = v.version
                returning r.id
                """)) {
            update.setArray(1, ids);
            update.setArray(2, connection.createArrayOf("varchar", rows.stream().map(row -> row.to().name())
                    .toArray()));
            update.setArray(3, connection.createArrayOf("bigint", rows.stream().map(Row::version).toArray()));
            Set<Long> updated = new HashSet<>();
            try (ResultSet result = update.executeQuery()) {
                while (result.next()) {
                    updated.add(result.getLong(1));
                }
            }
            return updated;
        }
    }

    private static void insertTimeline(Connection connection, List<Row> rows, Array ids, Instant changedAt,
            Long changedBy) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into recommendation_status_change
                       (recommendation_id, from_status, to_status, changed_at, effective_on, note, note_ru,
                        changed_by_id)
                select v.id, v.from_status, v.to_status, ?, v.effective_on, v.note, v.note_ru, ?
                  from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::date[], ?::text[], ?::text[])
                       with ordinality v(id, from_status, to_status, effective_on, note, note_ru, n)
                 order by v.n
                """)) {
            insert.setTimestamp(1, Timestamp.from(changedAt));
            insert.setObject(2, changedBy, java.sql.Types.BIGINT);
            insert.setArray(3, ids);
            insert.setArray(4, connection.createArrayOf("varchar",
                    rows.stream().map(row -> row.from() == null ? null : row.from().name()).toArray()));
            insert.setArray(5, connection.createArrayOf("varchar", rows.stream().map(row -> row.to().name())
                    .toArray()));
            insert.setArray(6, connection.createArrayOf("date",
                    rows.stream().map(row -> Date.valueOf(row.effectiveOn())).toArray()));
            insert.setArray(7, connection.createArrayOf("text", rows.stream().map(Row::note).toArray()));
            insert.setArray(8, connection.createArrayOf("text", rows.stream().map(Row::noteRu).toArray()));
            insert.executeUpdate();
        }
    }

    /**
     * What Envers writes for a recommendation changed in a revision: a {@code recommendation_aud} row of type 1
     * with every audited column as the record now holds it (its links to topics, meetings and statements are
     * unchanged, so none of their {@code _aud} tables gets a row).
     */
    private static void insertHistory(Connection connection, Array ids, long revision) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into recommendation_aud
                       (id, rev, revtype, reference, title_en, title_ru, text_en, text_ru, addressed_to, feasibility,
                        consensus, status, archived)
                select r.id, ?, 1, r.reference, r.title_en, r.title_ru, r.text_en, r.text_ru, r.addressed_to,
                       r.feasibility, r.consensus, r.status, r.archived
                  from recommendation r
                 where r.id = any(?)
                """)) {
            insert.setLong(1, revision);
            insert.setArray(2, ids);
            insert.executeUpdate();
        }
    }
}

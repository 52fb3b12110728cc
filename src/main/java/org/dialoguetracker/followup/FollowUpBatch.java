package org.dialoguetracker.followup;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many new follow-up actions in two statements: one insert of the actions (each only where its
 * recommendation exists), one of their history rows under the transaction's revision, as Envers writes a record
 * created: type 0, every audited column.
 */
@Component
class FollowUpBatch {

    private final JdbcTemplate jdbc;

    FollowUpBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param actions the actions as the entity holds them before it is saved (from the form, owners resolved)
     * @param recommendationIds each action's recommendation, in the same order
     * @return the new actions' ids; fewer than given when a recommendation does not exist (nothing is written then)
     */
    List<Long> insert(List<FollowUpAction> actions, List<Long> recommendationIds, long revision) {
        if (actions.isEmpty()) {
            return List.of();
        }
        return jdbc.execute((Connection connection) -> {
            List<Long> ids = new ArrayList<>(actions.size());
            // created_at and updated_at take their defaults, the moment of the insert, as Hibernate's timestamps
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into follow_up_action
                           (recommendation_id, description_en, description_ru, owner_participant_id,
                            owner_institution_id, owner_text, due_date, status, completion_note, completed_on)
                    select v.recommendation_id, v.description_en, v.description_ru, v.owner_participant_id,
                           v.owner_institution_id, v.owner_text, v.due_date, v.status, v.completion_note,
                           v.completed_on
                      from unnest(?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::varchar[], ?::date[],
                                  ?::varchar[], ?::text[], ?::date[])
                           with ordinality v(recommendation_id, description_en, description_ru, owner_participant_id,
                                owner_institution_id, owner_text, due_date, status, completion_note, completed_on, n)
                      join recommendation r on r.id = v.recommendation_id
                     order by v.n
                    returning id
                    """)) {
                insert.setArray(1, connection.createArrayOf("bigint", recommendationIds.toArray()));
                insert.setArray(2, array(connection, "text", actions, action -> action.getDescription().en()));
                insert.setArray(3, array(connection, "text", actions, action -> action.getDescription().ru()));
                insert.setArray(4, array(connection, "bigint", actions, action -> action.getOwnerParticipant() == null
                        ? null : action.getOwnerParticipant().getId()));
                insert.setArray(5, array(connection, "bigint", actions, action -> action.getOwnerInstitution() == null
                        ? null : action.getOwnerInstitution().getId()));
                insert.setArray(6, array(connection, "varchar", actions, FollowUpAction::getOwnerText));
                insert.setArray(7, array(connection, "date", actions, action -> date(action.getDueDate())));
                insert.setArray(8, array(connection, "varchar", actions, action -> action.getStatus().name()));
                insert.setArray(9, array(connection, "text", actions, FollowUpAction::getCompletionNote));
                insert.setArray(10, array(connection, "date", actions, action -> date(action.getCompletedOn())));
                try (ResultSet result = insert.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getLong(1));
                    }
                }
            }
            if (ids.size() != actions.size()) {
                return ids;
            }
            try (PreparedStatement history = connection.prepareStatement("""
                    insert into follow_up_action_aud
                           (id, rev, revtype, recommendation_id, description_en, description_ru, owner_participant_id,
                            owner_institution_id, owner_text, due_date, status, completion_note, completed_on)
                    select a.id, ?, 0, a.recommendation_id, a.description_en, a.description_ru,
                           a.owner_participant_id, a.owner_institution_id, a.owner_text, a.due_date, a.status,
                           a.completion_note, a.completed_on
                      from follow_up_action a
                     where a.id = any(?)
                    """)) {
                history.setLong(1, revision);
                history.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
                history.executeUpdate();
            }
            return ids;
        });
    }

    private static Array array(Connection connection, String type, List<FollowUpAction> actions,
            Function<FollowUpAction, Object> value) throws java.sql.SQLException {
        return connection.createArrayOf(type, actions.stream().map(value).toArray());
    }

    private static Date date(java.time.LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}

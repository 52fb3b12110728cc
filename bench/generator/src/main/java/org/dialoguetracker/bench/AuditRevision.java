package org.dialoguetracker.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One Envers revision for everything loaded, as {@code db/demo/demo-history.sql} records the demo data: the History
 * tabs of generated records start from it, and Envers finds the generated meetings and statements when it reads a
 * later revision's links. Its user name marks the data set as loaded.
 */
final class AuditRevision {

    private static final String REV = "currval(pg_get_serial_sequence('revision', 'id'))";

    private AuditRevision() {
    }

    static void record(Connection connection, Existing existing, Progress progress) throws SQLException {
        long meeting = existing.maxId("meeting");
        long agendaItem = existing.maxId("agenda_item");
        long statement = existing.maxId("statement");
        long recommendation = existing.maxId("recommendation");
        long followUp = existing.maxId("follow_up_action");
        List<String> inserts = List.of(
                "insert into revision (changed_at, username) values (now(), '" + Generator.REVISION_USER + "')",
                """
                insert into revision_entity (rev, entity_name)
                select %s, name from (values ('org.dialoguetracker.meeting.Meeting'),
                    ('org.dialoguetracker.meeting.AgendaItem'), ('org.dialoguetracker.statement.Statement'),
                    ('org.dialoguetracker.recommendation.Recommendation'),
                    ('org.dialoguetracker.followup.FollowUpAction')) entities(name)""".formatted(REV),
                """
                insert into meeting_aud (id, rev, revtype, dialogue_id, title_en, title_ru, city_en, city_ru,
                    host_institution_id, start_date, end_date, format, track_level, attribution_rule, status,
                    summary_en, summary_ru)
                select id, %s, 0, dialogue_id, title_en, title_ru, city_en, city_ru, host_institution_id, start_date,
                    end_date, format, track_level, attribution_rule, status, summary_en, summary_ru
                  from meeting where id > %d""".formatted(REV, meeting),
                """
                insert into agenda_item_aud (id, rev, revtype, meeting_id, position, title_en, title_ru,
                    description_en, description_ru)
                select id, %s, 0, meeting_id, position, title_en, title_ru, description_en, description_ru
                  from agenda_item where id > %d""".formatted(REV, agendaItem),
                """
                insert into agenda_item_topic_aud (rev, revtype, agenda_item_id, topic_id)
                select %s, 0, agenda_item_id, topic_id from agenda_item_topic where agenda_item_id > %d"""
                        .formatted(REV, agendaItem),
                """
                insert into statement_aud (id, rev, revtype, meeting_id, agenda_item_id, position, kind, side,
                    attribution, speaker_id, text_en, text_ru)
                select id, %s, 0, meeting_id, agenda_item_id, position, kind, side, attribution, speaker_id, text_en,
                    text_ru
                  from statement where id > %d""".formatted(REV, statement),
                """
                insert into statement_topic_aud (rev, revtype, statement_id, topic_id)
                select %s, 0, statement_id, topic_id from statement_topic where statement_id > %d"""
                        .formatted(REV, statement),
                """
                insert into recommendation_aud (id, rev, revtype, reference, title_en, title_ru, text_en, text_ru,
                    addressed_to, feasibility, consensus, status, archived)
                select id, %s, 0, reference, title_en, title_ru, text_en, text_ru, addressed_to, feasibility,
                    consensus, status, archived
                  from recommendation where id > %d""".formatted(REV, recommendation),
                """
                insert into recommendation_topic_aud (rev, revtype, recommendation_id, topic_id)
                select %s, 0, recommendation_id, topic_id from recommendation_topic where recommendation_id > %d"""
                        .formatted(REV, recommendation),
                """
                insert into recommendation_meeting_aud (rev, revtype, recommendation_id, meeting_id)
                select %s, 0, recommendation_id, meeting_id from recommendation_meeting where recommendation_id > %d"""
                        .formatted(REV, recommendation),
                """
                insert into recommendation_statement_aud (rev, revtype, recommendation_id, statement_id)
                select %s, 0, recommendation_id, statement_id from recommendation_statement
                 where recommendation_id > %d""".formatted(REV, recommendation),
                """
                insert into follow_up_action_aud (id, rev, revtype, recommendation_id, description_en, description_ru,
                    owner_participant_id, owner_institution_id, owner_text, due_date, status, completion_note,
                    completed_on)
                select id, %s, 0, recommendation_id, description_en, description_ru, owner_participant_id,
                    owner_institution_id, owner_text, due_date, status, completion_note, completed_on
                  from follow_up_action where id > %d""".formatted(REV, followUp));
        progress.start("history", inserts.size());
        try (Statement sql = connection.createStatement()) {
            for (String insert : inserts) {
                sql.execute(insert);
                progress.step();
            }
        }
        progress.finish();
    }
}

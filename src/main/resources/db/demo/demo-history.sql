-- A first revision for everything the demo data loaded, so that the History tabs start from the demo state
-- and Envers finds the demo meetings and statements when it reads a later revision's links. Runs right after
-- demo-data.sql, in the same transaction.

insert into revision (changed_at, username) values (now(), 'demo-data');

insert into revision_entity (rev, entity_name)
select currval(pg_get_serial_sequence('revision', 'id')), name
  from (values ('org.dialoguetracker.meeting.Meeting'), ('org.dialoguetracker.meeting.AgendaItem'),
               ('org.dialoguetracker.statement.Statement'), ('org.dialoguetracker.recommendation.Recommendation'),
               ('org.dialoguetracker.followup.FollowUpAction')) entities(name);

insert into meeting_aud (id, rev, revtype, dialogue_id, title_en, title_ru, city_en, city_ru, host_institution_id,
                         start_date, end_date, format, track_level, attribution_rule, status, summary_en, summary_ru)
select id, currval(pg_get_serial_sequence('revision', 'id')), 0, dialogue_id, title_en, title_ru, city_en, city_ru,
       host_institution_id, start_date, end_date, format, track_level, attribution_rule, status, summary_en, summary_ru
  from meeting;

insert into agenda_item_aud (id, rev, revtype, meeting_id, position, title_en, title_ru, description_en, description_ru)
select id, currval(pg_get_serial_sequence('revision', 'id')), 0, meeting_id, position, title_en, title_ru,
       description_en, description_ru
  from agenda_item;

insert into agenda_item_topic_aud (rev, revtype, agenda_item_id, topic_id)
select currval(pg_get_serial_sequence('revision', 'id')), 0, agenda_item_id, topic_id from agenda_item_topic;

insert into statement_aud (id, rev, revtype, meeting_id, agenda_item_id, position, kind, side, attribution, speaker_id,
                           text_en, text_ru)
select id, currval(pg_get_serial_sequence('revision', 'id')), 0, meeting_id, agenda_item_id, position, kind, side,
       attribution, speaker_id, text_en, text_ru
  from statement;

insert into statement_topic_aud (rev, revtype, statement_id, topic_id)
select currval(pg_get_serial_sequence('revision', 'id')), 0, statement_id, topic_id from statement_topic;

insert into recommendation_aud (id, rev, revtype, reference, title_en, title_ru, text_en, text_ru, addressed_to,
                                feasibility, consensus, status, archived)
select id, currval(pg_get_serial_sequence('revision', 'id')), 0, reference, title_en, title_ru, text_en, text_ru,
       addressed_to, feasibility, consensus, status, archived
  from recommendation;

insert into recommendation_topic_aud (rev, revtype, recommendation_id, topic_id)
select currval(pg_get_serial_sequence('revision', 'id')), 0, recommendation_id, topic_id from recommendation_topic;

insert into recommendation_meeting_aud (rev, revtype, recommendation_id, meeting_id)
select currval(pg_get_serial_sequence('revision', 'id')), 0, recommendation_id, meeting_id from recommendation_meeting;

insert into recommendation_statement_aud (rev, revtype, recommendation_id, statement_id)
select currval(pg_get_serial_sequence('revision', 'id')), 0, recommendation_id, statement_id
  from recommendation_statement;

insert into follow_up_action_aud (id, rev, revtype, recommendation_id, description_en, description_ru,
                                  owner_participant_id, owner_institution_id, owner_text, due_date, status,
                                  completion_note, completed_on)
select id, currval(pg_get_serial_sequence('revision', 'id')), 0, recommendation_id, description_en, description_ru,
       owner_participant_id, owner_institution_id, owner_text, due_date, status, completion_note, completed_on
  from follow_up_action;

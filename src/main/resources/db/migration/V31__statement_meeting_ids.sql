-- The ids of a meeting's statements, readable from the index alone. The briefing's latest positions per topic join
-- the statements of a dialogue's earlier rounds (about 10,000 of the bench's 60,000) to their topics by id:
-- statement_meeting_idx (meeting_id, position) holds no id, so PostgreSQL read the whole statement table, texts and
-- all (9,000 pages), to find them. With this index it reads about 160 pages of index instead. The positions page's
-- rounds (statements of a meeting on a topic) and its statements use it the same way.
create index statement_meeting_id_idx on statement (meeting_id, id);

-- The briefing's follow-ups done in the period since the previous round: PostgreSQL read all 40,000 follow-ups
-- (2,000 pages) to find the few hundred done in those months. Only done ones are asked for by completion day.
create index follow_up_done_idx on follow_up_action (completed_on) include (recommendation_id, id)
    where status = 'DONE';

-- The briefing's recommendations still open from earlier rounds, by reference: their status and reference from the
-- index alone, instead of the whole recommendation table with its texts (4,200 pages) for a few thousand rows.
create index recommendation_open_ref_idx on recommendation (id) include (status, reference) where not archived;

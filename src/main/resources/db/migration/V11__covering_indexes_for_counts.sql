-- The dashboard and the recommendation list count live recommendations and open follow-ups on every view. Hibernate
-- counts ids (count(r.id)), and the follow-up counts join the recommendations to leave archived ones out, so with
-- indexes on the filtered columns only PostgreSQL still read every row of both tables (bench/README.md: 120 ms of
-- database time per dashboard with 20,000 recommendations and 40,000 follow-ups). The same two partial indexes,
-- now also holding the ids the counts and joins need, answer them from the index alone (about 20 ms).

drop index recommendation_status_idx;
create index recommendation_status_idx on recommendation (status, id) where not archived;

drop index follow_up_open_due_idx;
create index follow_up_open_due_idx on follow_up_action (due_date) include (recommendation_id, id)
    where status in ('OPEN', 'IN_PROGRESS');

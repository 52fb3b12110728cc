-- Facet counts of /recommendations read only what they count: the facet columns of the live recommendations,
-- from an index, without visiting the wide rows (texts and search vectors).
create index recommendation_facet_idx on recommendation (id)
    include (status, feasibility, addressed_to, consensus, created_at) where not archived;

-- A counter that changes whenever anything a facet counts changes: recommendations, their topics and meetings,
-- the topic tree, meetings' dates. Every instance of the app may keep facet counts it has computed for as long
-- as the counter stays the same, so a count is never stale, whichever instance made the change.
create table data_version (
    name    varchar(40) primary key,
    version bigint not null default 0
);
insert into data_version (name) values ('recommendations');

create function bump_recommendations_version() returns trigger
    language plpgsql as
$$
begin
    update data_version set version = version + 1 where name = 'recommendations';
    return null;
end
$$;

create trigger recommendation_version after insert or update or delete or truncate on recommendation
    for each statement execute function bump_recommendations_version();
create trigger recommendation_topic_version after insert or update or delete or truncate on recommendation_topic
    for each statement execute function bump_recommendations_version();
create trigger recommendation_meeting_version after insert or update or delete or truncate on recommendation_meeting
    for each statement execute function bump_recommendations_version();
create trigger topic_version after insert or update or delete or truncate on topic
    for each statement execute function bump_recommendations_version();
create trigger meeting_version after insert or update or delete or truncate on meeting
    for each statement execute function bump_recommendations_version();

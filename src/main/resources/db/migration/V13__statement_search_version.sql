-- A counter for the statement search (/search), as V10's is for the recommendations: it changes whenever anything
-- changes that decides which statements a query matches, how many, and in which order. Every instance of the app may
-- keep what it computed for a query (the count of its matches, the order of the best ones: ids only, never texts or
-- names, which each page reads afresh) for as long as the counter stays the same.
--
-- What that depends on: the statements (texts and so their search vectors, side, attribution, meeting, position),
-- their topics (the topic filter), and their meetings (dates order the matches; the attribution rule decides what
-- narrowing by side lets through for a researcher). Sessions, speakers and topic names are read with each page;
-- removing a session or a meeting changes the statements' rows too (set null, cascade), which bumps the counter.
insert into data_version (name) values ('statements');

create function bump_statements_version() returns trigger
    language plpgsql as
$$
begin
    update data_version set version = version + 1 where name = 'statements';
    return null;
end
$$;

create trigger statement_version after insert or update or delete or truncate on statement
    for each statement execute function bump_statements_version();
create trigger statement_topic_version after insert or update or delete or truncate on statement_topic
    for each statement execute function bump_statements_version();
create trigger meeting_statements_version after insert or update or delete or truncate on meeting
    for each statement execute function bump_statements_version();

-- Issue 18, item 9: a statement written during a meeting no longer moves the `pages` counter, under which every kept
-- page is kept, so that the pages which do not show it (the recommendation lists, a recommendation, the dashboard)
-- stay kept while the minutes are taken. The pages that list statements (a meeting, a topic, the search, the
-- positions) are kept under the `statements` counter as well (shared/web/PageCache.Shows), which every change to a
-- statement moves, as before.
--
-- What moves which counter now:
-- * a new statement, and any change to a statement or its topics that no recommendation links to: `statements`
--   only. A recommendation's page shows the statements linked to it, so a change to one of those moves `pages` too;
--   a deleted statement or a truncated table moves both, as before;
-- * the history (Envers' `revision`, `revision_entity` and the `_aud` tables): nothing. No kept page and no kept
--   result reads them; the History tabs and the audit trail are rendered every time. Every write through the app
--   adds a revision, so with their triggers every write moved `pages`, whatever it changed.
-- PageCacheTest checks both, and that every other table still moves `pages`.

create function bump_statement_data_versions() returns trigger
    language plpgsql as
$$
declare
    linked boolean;
begin
    if coalesce(current_setting('dialogue.hold_data_versions', true), '') = 'on' then
        return null;
    end if;
    -- TG_ARGV[0]: the column of the changed rows that names the statement
    execute format('select exists (select 1 from changed c join recommendation_statement r on r.statement_id = c.%I)',
                   TG_ARGV[0]) into linked;
    if linked then
        update data_version set version = version + 1 where name in ('statements', 'pages');
    else
        update data_version set version = version + 1 where name = 'statements';
    end if;
    return null;
end
$$;

drop trigger statement_data_version on statement;
create trigger statement_data_version after delete or truncate on statement
    for each statement execute function bump_data_version('pages', 'statements');
-- a new statement is never linked yet (the link refers to it), so its insert needs no look at the rows: a restore's
-- COPY of hundreds of thousands of statements keeps no transition table of them
create trigger statement_inserted_data_version after insert on statement
    for each statement execute function bump_data_version('statements');
create trigger statement_updated_data_version after update on statement
    referencing new table as changed
    for each statement execute function bump_statement_data_versions('id');

drop trigger statement_topic_data_version on statement_topic;
-- an update of a link (a topic merge relinks them) may move it to another statement: both, as before
create trigger statement_topic_data_version after update or truncate on statement_topic
    for each statement execute function bump_data_version('pages', 'statements');
create trigger statement_topic_inserted_data_version after insert on statement_topic
    referencing new table as changed
    for each statement execute function bump_statement_data_versions('statement_id');
create trigger statement_topic_deleted_data_version after delete on statement_topic
    referencing old table as changed
    for each statement execute function bump_statement_data_versions('statement_id');

do
$$
declare
    history record;
begin
    for history in
        select c.relname as table_name
          from pg_trigger t
          join pg_class c on c.oid = t.tgrelid
         where t.tgname = c.relname || '_data_version'
           and c.relnamespace = cast(current_schema() as regnamespace)
           and (c.relname in ('revision', 'revision_entity') or c.relname like '%\_aud')
         order by c.relname
    loop
        execute format('drop trigger %I on %I', history.table_name || '_data_version', history.table_name);
    end loop;
end
$$;

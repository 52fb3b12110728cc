-- A counter of everything a page can show: it changes whenever any row of the tracker's own tables changes. The
-- pages researchers read most (the dashboard, the recommendations browse, the search, a recommendation, a meeting)
-- are kept as rendered by every instance of the app (system/web/PageCache) for as long as it stays the same, so a
-- kept page is never older than the data, whichever instance changed it.
--
-- Every table of the schema gets the trigger, but for those whose rows no kept page shows: the counters themselves,
-- Flyway's history, the sessions, the API tokens and the audit trail (which a failed sign-in writes to). A test
-- (PageCacheTest) fails when a table is in neither group, so that a new table is thought about.
insert into data_version (name) values ('pages');

create function bump_pages_version() returns trigger
    language plpgsql as
$$
begin
    update data_version set version = version + 1 where name = 'pages';
    return null;
end
$$;

do
$$
declare
    t text;
begin
    for t in select table_name from information_schema.tables
             where table_schema = current_schema() and table_type = 'BASE TABLE'
               and table_name not in ('data_version', 'flyway_schema_history', 'spring_session',
                                      'spring_session_attributes', 'api_token', 'audit_event')
             order by table_name
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                           'for each statement execute function bump_pages_version()', t || '_pages_version', t);
    end loop;
end
$$;

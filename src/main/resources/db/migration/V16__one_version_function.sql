-- One trigger function for every data_version counter (V10, V12, V13 and V15 each had a copy that differed only in
-- the counter's name), and one trigger per table naming every counter the table moves, instead of one per counter.
--
-- A new table that a kept result depends on gets one line, e.g.
--     create trigger document_data_version after insert or update or delete or truncate on document
--         for each statement execute function bump_data_version('pages');
-- and PageCacheTest fails until it has it (or is told why not).
--
-- A bulk load (a restore, an import) may hold the counters back for its own transaction with
--     set local dialogue.hold_data_versions = 'on'
-- and bump every counter once at its end. Without it, each of the load's single-row INSERTs updates the same
-- data_version row again, and every such update has to step over the earlier versions of that row that the open
-- transaction left behind: a restore then slows down with the square of its size.
create function bump_data_version() returns trigger
    language plpgsql as
$$
begin
    if coalesce(current_setting('dialogue.hold_data_versions', true), '') <> 'on' then
        update data_version set version = version + 1 where name = any (TG_ARGV);
    end if;
    return null;
end
$$;

do
$$
declare
    target record;
begin
    -- every trigger of the four old functions, gathered per table with the counters it moved
    for target in
        select c.relname as table_name,
               array_agg(t.tgname order by t.tgname) as old_triggers,
               array_agg(distinct case p.proname
                                      when 'bump_recommendations_version' then 'recommendations'
                                      when 'bump_follow_ups_version' then 'follow_ups'
                                      when 'bump_statements_version' then 'statements'
                                      when 'bump_pages_version' then 'pages' end) as counters
          from pg_trigger t
          join pg_class c on c.oid = t.tgrelid
          join pg_proc p on p.oid = t.tgfoid
         where p.proname in ('bump_recommendations_version', 'bump_follow_ups_version', 'bump_statements_version',
                             'bump_pages_version')
           and c.relnamespace = cast(current_schema() as regnamespace)
         group by c.relname
         order by c.relname
    loop
        for i in 1 .. array_length(target.old_triggers, 1) loop
            execute format('drop trigger %I on %I', target.old_triggers[i], target.table_name);
        end loop;
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                           'for each statement execute function bump_data_version(%s)',
                       target.table_name || '_data_version', target.table_name,
                       (select string_agg(quote_literal(counter), ', ' order by counter)
                          from unnest(target.counters) counter));
    end loop;
end
$$;

drop function bump_recommendations_version();
drop function bump_follow_ups_version();
drop function bump_statements_version();
drop function bump_pages_version();

-- A counter of the follow-up actions, as V10's is of the recommendations: it changes whenever an action changes, or
-- a participant or an institution (either may be named as an action's owner). Every instance of the app may keep
-- what it has computed from the actions (the dashboard's counts and overdue list) for as long as the counter stays
-- the same, so nothing kept is ever stale, whichever instance made the change.
insert into data_version (name) values ('follow_ups');

create function bump_follow_ups_version() returns trigger
    language plpgsql as
$$
begin
    update data_version set version = version + 1 where name = 'follow_ups';
    return null;
end
$$;

create trigger follow_up_action_version after insert or update or delete or truncate on follow_up_action
    for each statement execute function bump_follow_ups_version();
create trigger participant_follow_ups_version after insert or update or delete or truncate on participant
    for each statement execute function bump_follow_ups_version();
create trigger institution_follow_ups_version after insert or update or delete or truncate on institution
    for each statement execute function bump_follow_ups_version();

-- Status changes as they happened (issue 16): a change takes effect on a day the organiser gives, which may be
-- earlier than the moment it was recorded (changed_at, kept as it was); its note may be written in Russian too.
-- Existing changes took effect on the day they were recorded.
alter table recommendation_status_change
    add column effective_on date,
    add column note_ru      text;

update recommendation_status_change set effective_on = (changed_at at time zone 'UTC')::date;

-- A row written without the day (the demo data, the bench generator, a backup made before V26) takes effect on the
-- day it was recorded, as the existing ones did.
create function status_change_effective_on() returns trigger
    language plpgsql as $$
begin
    if new.effective_on is null then
        new.effective_on := (new.changed_at at time zone 'UTC')::date;
    end if;
    return new;
end $$;

create trigger status_change_effective_on before insert or update on recommendation_status_change
    for each row execute function status_change_effective_on();

alter table recommendation_status_change alter column effective_on set not null;

-- The timeline and the briefing read a recommendation's changes in the order they took effect.
create index recommendation_status_change_effective_idx
    on recommendation_status_change (recommendation_id, effective_on, changed_at);
-- The briefing asks for the changes that took effect between two rounds.
create index recommendation_status_change_on_idx on recommendation_status_change (effective_on);

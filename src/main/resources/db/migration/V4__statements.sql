-- The topic tree never loops: a topic may not be placed under itself or one of its descendants. The forms refuse
-- such a move with a message; this trigger is the last line, also against two moves that would close a loop
-- together: moves of the tree take turns (an advisory lock held to the end of the transaction), and each one
-- checks the ancestors as committed by the one before.

create function topic_parent_not_descendant() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock(hashtext('topic_parent_not_descendant'));
    if exists (with recursive ancestor(id) as (
                   select new.parent_id
                   union
                   select t.parent_id from topic t join ancestor a on t.id = a.id where t.parent_id is not null)
               select 1 from ancestor where id = new.id) then
        raise exception 'topic % cannot be placed under its own descendant %', new.id, new.parent_id
            using errcode = 'check_violation', constraint = 'topic_parent_not_descendant';
    end if;
    return new;
end
$$;

create trigger topic_parent_not_descendant
    before update of parent_id on topic
    for each row when (new.parent_id is not null and new.parent_id is distinct from old.parent_id)
    execute function topic_parent_not_descendant();

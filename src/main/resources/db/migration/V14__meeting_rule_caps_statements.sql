-- A meeting's attribution rule bounds what its statements may say of their speakers (V1's
-- statement_attribution_within_rule, checked when a statement is written). When organisers lower the rule after
-- the minutes were taken, the statements above the new rule are lowered with it, in the same transaction: the
-- rule is the organisers' latest word on what may be attributed, and a database whose statements exceed their
-- meeting's rule could not be restored from its own backup (the restore loads statements through that check).

-- statements already above their meeting's rule, from before this migration
update statement s
   set attribution = m.attribution_rule
  from meeting m
 where m.id = s.meeting_id
   and attribution_rank(s.attribution) > attribution_rank(m.attribution_rule);

create function meeting_rule_caps_statements() returns trigger
    language plpgsql as
$$
begin
    update statement
       set attribution = new.attribution_rule
     where meeting_id = new.id
       and attribution_rank(attribution) > attribution_rank(new.attribution_rule);
    return null;
end
$$;

create trigger meeting_rule_caps_statements
    after update of attribution_rule on meeting
    for each row
    when (attribution_rank(new.attribution_rule) < attribution_rank(old.attribution_rule))
execute function meeting_rule_caps_statements();

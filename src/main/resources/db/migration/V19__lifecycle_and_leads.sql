-- Issue 14, part A: the foundation of the joint report.
--
-- 1. Users have a side (UK or RUSSIA), or none: each dialogue names a lead organiser for each side, an account
--    with that side. The leads are foreign keys to the accounts; that a lead is an active organiser or admin of the
--    right side is checked by the app (meeting/DialogueEditing), which can say so next to the field.
-- 2. A meeting records whether its participants agreed that their institutions may be listed in its report: under
--    the NONE and SIDE rules the report, and what researchers see of the attendance, name the institutions only
--    then. Off by default, and so for every meeting there already is.
-- 3. The meeting's status is no longer set by a form but by the action that causes it (meeting/LifecycleStep), and
--    a meeting's status change is an entry of the audit trail of its own kind, MEETING_STATUS.

alter table app_user add column side varchar(10) check (side in ('UK', 'RUSSIA'));

alter table dialogue
    add column uk_lead_id     bigint references app_user (id),
    add column russia_lead_id bigint references app_user (id);
create index dialogue_uk_lead_idx on dialogue (uk_lead_id);
create index dialogue_russia_lead_idx on dialogue (russia_lead_id);

alter table meeting add column institutions_consented boolean not null default false;
alter table meeting_aud add column institutions_consented boolean;

alter table audit_event drop constraint audit_event_kind_check;
alter table audit_event add constraint audit_event_kind_check
    check (kind in ('LOGIN', 'LOGIN_FAILED', 'LOGIN_THROTTLED', 'LOGOUT', 'ACCOUNT', 'EXPORT', 'MEETING_STATUS'));

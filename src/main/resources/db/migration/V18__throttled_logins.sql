-- A login refused by the throttle, without its password being checked, is recorded as LOGIN_THROTTLED: the trail
-- shows the attack to the account's owner and to admins, and the throttle does not count these refusals, so they do
-- not extend it (account/LoginThrottle counts LOGIN_FAILED only).
alter table audit_event drop constraint audit_event_kind_check;
alter table audit_event add constraint audit_event_kind_check
    check (kind in ('LOGIN', 'LOGIN_FAILED', 'LOGIN_THROTTLED', 'LOGOUT', 'ACCOUNT', 'EXPORT'));

-- The throttle counts the failed logins of one address (and of one account from it) in the last minutes.
create index audit_event_failed_login_idx on audit_event (address, occurred_at desc) where kind = 'LOGIN_FAILED';

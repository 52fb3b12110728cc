-- A mail that could not be sent within dialogue.notifications.give-up-after is given up (EXPIRED) rather than sent
-- late: a reminder or an invitation weeks old, once a mail server appears, would mislead. It stays in the outbox to be
-- read until the retention removes it with the sent ones.
alter table mail_outbox drop constraint mail_outbox_status_check;
alter table mail_outbox add constraint mail_outbox_status_check check (status in ('QUEUED', 'SENT', 'FAILED', 'EXPIRED'));
-- the retention's deletion walks the old ones
create index mail_outbox_retention_idx on mail_outbox (coalesce(sent_at, created_at)) where status in ('SENT', 'EXPIRED');
create index mail_sent_log_created_idx on mail_sent_log (created_at);

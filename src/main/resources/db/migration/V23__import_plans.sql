-- The plan of a bulk status update's preview (/admin/import), waiting to be applied or discarded (issue 18): kept
-- here rather than in the admin's session, whose attributes every request of that session reads. One per admin;
-- a new preview replaces it, and one left for a day is deleted at the next preview.
create table import_plan (
    token      varchar(36) primary key,
    username   text        not null,
    file_name  text        not null,
    created_at timestamptz not null default now(),
    plan       bytea       not null
);

create index import_plan_by_user on import_plan (username);

-- Spring Modulith's event publication registry (spring-modulith-events-jdbc, its schema v2 for PostgreSQL): an event
-- published in a transaction is written here in that transaction, once for each listener that must handle it after
-- the commit, and marked completed (then deleted, spring.modulith.events.completion-mode=delete) when that listener
-- has. What a stopped app left incomplete is handed to its listeners again at the next start.
create table event_publication
(
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

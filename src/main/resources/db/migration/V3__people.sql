-- A participant who attended a meeting, spoke or owns a follow-up is never deleted: organisers archive them
-- instead, which hides them from pickers and, by default, from the list of participants.
alter table participant add column archived boolean not null default false;

-- Issue 17: under the NONE rule no side is shown to anyone but organisers, and minute-takers often cannot tell it
-- (a point made in a round-table without names). A statement may then be recorded with no side. The side stays
-- required for anything attributed: a statement attributed to a side, or on the record, names its side. The
-- minutes form asks for the side under the SIDE and NAMED rules (statement/StatementEditing); this is the last line.
alter table statement alter column side drop not null;
alter table statement add constraint statement_side_when_attributed check (side is not null or attribution = 'NONE');

-- An indicator is defined with the action plan (where it comes from, where it starts, where it should go and
-- which way is better) and followed up with dated values, each with an optional comment. Existing indicators
-- keep their name and unit; the new columns stay empty for them.
alter table indicator add column source    varchar(200);
alter table indicator add column baseline  numeric(19, 4);
alter table indicator add column target    numeric(19, 4);
alter table indicator add column direction varchar(10);
alter table indicator add constraint indicator_direction_check check (direction in ('INCREASE', 'DECREASE'));

alter table indicator_value add column comment varchar(1000);

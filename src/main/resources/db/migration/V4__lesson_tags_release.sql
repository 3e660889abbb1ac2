-- Lessons bank (knowledge): tags for search, release for the public export, and lessons that come
-- from the programme's knowledge-exchange gatherings (no support case, so support_case_id may be null).
-- Portable SQL: runs on PostgreSQL and H2.
alter table lesson_learned alter column support_case_id drop not null;
alter table lesson_learned add column origin varchar(120);
alter table lesson_learned add column method varchar(40);
alter table lesson_learned add column problem_category varchar(100);
alter table lesson_learned add column released boolean default false not null;
alter table lesson_learned add column released_by varchar(64);
alter table lesson_learned add column released_at timestamp;
alter table lesson_learned add column municipality_named boolean default false not null;

create table lesson_learned_focus_area (
  lesson_learned_id bigint      not null references lesson_learned (id),
  focus_area        varchar(40) not null,
  primary key (lesson_learned_id, focus_area)
);

create index lesson_learned_released_idx on lesson_learned (released);

-- The programme's focus areas (plan.FocusArea) are its own vocabulary again, apart from the problem
-- categories (assessment.ProblemCategory) that situation pictures prioritise and interventions
-- target. Until now activity plans, lessons and interventions were tagged with the problem
-- categories. Each former tag becomes the focus area it belongs to (docs/records.md, "Focus areas
-- and problem categories"); serious violence between criminals is organised crime, public-order
-- disturbances are worked on through place-based prevention. Problem categories stay as they are.
-- Portable SQL (PostgreSQL and H2).

create table focus_area_mapping (
  old_code varchar(40) primary key,
  new_code varchar(40) not null
);

insert into focus_area_mapping (old_code, new_code) values
  ('GANG_RECRUITMENT', 'YOUTH_RECRUITMENT'),
  ('SERIOUS_VIOLENCE', 'KNOWLEDGE_BASED_PREVENTION'),
  ('PUBLIC_ORDER',     'SITUATIONAL_PREVENTION'),
  ('UNDUE_INFLUENCE',  'PARALLEL_STRUCTURES'),
  ('WELFARE_FRAUD',    'WELFARE_CRIME'),
  ('SITUATIONAL',      'SITUATIONAL_PREVENTION');

-- activity plans: two former tags can map to one focus area, so insert each pair once
insert into activity_plan_focus_area (activity_plan_id, focus_area)
  select distinct f.activity_plan_id, m.new_code
  from activity_plan_focus_area f join focus_area_mapping m on m.old_code = f.focus_area
  where not exists (select 1 from activity_plan_focus_area g
                    where g.activity_plan_id = f.activity_plan_id and g.focus_area = m.new_code);
delete from activity_plan_focus_area where focus_area in (select old_code from focus_area_mapping);

-- lessons bank
insert into lesson_learned_focus_area (lesson_learned_id, focus_area)
  select distinct f.lesson_learned_id, m.new_code
  from lesson_learned_focus_area f join focus_area_mapping m on m.old_code = f.focus_area
  where not exists (select 1 from lesson_learned_focus_area g
                    where g.lesson_learned_id = f.lesson_learned_id and g.focus_area = m.new_code);
delete from lesson_learned_focus_area where focus_area in (select old_code from focus_area_mapping);

-- interventions: the focus area they belong to, derived from the problem category they targeted
-- (which was the plan's focus area it was started for); the target problem itself is kept
alter table intervention add column focus_area varchar(40);
update intervention set focus_area =
  (select m.new_code from focus_area_mapping m where m.old_code = intervention.target_problem);

drop table focus_area_mapping;

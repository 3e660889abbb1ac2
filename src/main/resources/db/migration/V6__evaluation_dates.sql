-- When each part of a case's follow-up and evaluation was recorded, so that an interim report at a
-- date shows only the parts recorded by then. Rows written before this migration keep null: the
-- report treats them as recorded (their date is unknown, and they were recorded before today).
alter table case_evaluation add column indicators_recorded_at timestamp;
alter table case_evaluation add column participants_recorded_at timestamp;
alter table case_evaluation add column evaluated_at timestamp;

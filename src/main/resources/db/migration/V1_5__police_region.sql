-- Police regions (polisregioner) as Camunda groups: a police user who works for a whole region is
-- a member of the region's group, and the group is a member of the tenant of every municipality
-- whose municipality.police_region names the region (engine.MunicipalityAccess keeps that in step).
create table police_region (
  group_id varchar(64)  primary key,
  name     varchar(80)  not null unique
);

insert into police_region (group_id, name) values
  ('polisregion-nord',       'Region Nord'),
  ('polisregion-mitt',       'Region Mitt'),
  ('polisregion-stockholm',  'Region Stockholm'),
  ('polisregion-ost',        'Region Öst'),
  ('polisregion-vast',       'Region Väst'),
  ('polisregion-bergslagen', 'Region Bergslagen'),
  ('polisregion-syd',        'Region Syd');

-- Municipalities that take part in the support. The code is also the Camunda tenant id, so it
-- stays stable once created.
create table municipality (
  code         varchar(40)  primary key,
  name         varchar(120) not null,
  police_region varchar(80) not null
);

-- The first round of the support (autumn 2022 to spring 2024), public facts.
insert into municipality (code, name, police_region) values
  ('linkoping',   'Linköpings kommun',   'Region Öst'),
  ('sodertalje',  'Södertälje kommun',   'Region Stockholm'),
  ('sigtuna',     'Sigtuna kommun',      'Region Stockholm'),
  ('trollhattan', 'Trollhättans stad',   'Region Väst'),
  ('goteborg',    'Göteborgs Stad (Sydväst)', 'Region Väst');

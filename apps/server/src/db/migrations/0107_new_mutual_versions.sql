-- A new mutual gets its demand and evidence versions when it is inserted, as it gets its money and
-- delivery ones (0106). Without a row a mutual has no version, and its pages are computed at every
-- request and never kept: 0061 and 0104 gave a row only to the mutuals there at the time and then
-- waited for the first write of the data. A mutual created since, with no topic, need or course
-- yet, had its unmet needs judged at every request (the benchmark's coordinators: 8 ms a request
-- for an empty list, two planned statements). Rows are written in key order, as every version row.

create function data_versions_on_mutual_insert() returns trigger language plpgsql as $fn$
begin
  insert into demand_data_version as v (mutual_id, version)
    select id, nextval('demand_data_version_seq') from added order by id
  on conflict (mutual_id) do update set version = excluded.version;
  insert into evidence_data_version as v (mutual_id, version)
    select id, nextval('evidence_data_version_seq') from added order by id
  on conflict (mutual_id) do update set version = excluded.version;
  return null;
end
$fn$;

create trigger mutual_versions_insert after insert on mutual referencing new table as added
  for each statement execute function data_versions_on_mutual_insert();

-- The mutuals that have none yet.
insert into demand_data_version (mutual_id, version)
  select id, nextval('demand_data_version_seq') from mutual m
  where not exists (select 1 from demand_data_version d where d.mutual_id = m.id)
  order by id;
insert into evidence_data_version (mutual_id, version)
  select id, nextval('evidence_data_version_seq') from mutual m
  where not exists (select 1 from evidence_data_version e where e.mutual_id = m.id)
  order by id;

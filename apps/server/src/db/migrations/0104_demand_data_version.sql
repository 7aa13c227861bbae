-- The version of each mutual's demand data (docs/decisions.md, "The unmet needs are judged once per
-- version of the demand data"): every statement that writes what the unmet needs are judged from
-- gives the mutuals it touched a new version, in the same transaction, whoever writes (the app, an
-- import, a pooling run, SQL by hand, another instance), as evidence_data_version does for the
-- evidence dashboard (0061). The unmet list judged every group of identical open needs on every
-- request: 74,196 groups for the 200,000 needs of the demand board's benchmark mutual, 1–2 s a page.
-- It now keeps its judgement per mutual, filter and version, and reads only its page of needs.
--
-- What the judgement reads: the open needs (and the board's cells and pools, which triggers on need
-- keep, 0042), the approved courses, the topics (a topic filter takes its sub-topics), and the
-- mutual's minimum of firms per session. Versions come from one sequence, never reset, so a version
-- once seen is never given again. A mutual without a row has no version: its judgement is not kept.

create sequence demand_data_version_seq;

create table demand_data_version (
  mutual_id uuid primary key,
  version bigint not null
);

-- One row per mutual touched, written in key order so that concurrent writers lock them in the same order.
create function demand_version_on_insert() returns trigger language plpgsql as $fn$
begin
  insert into demand_data_version as v (mutual_id, version)
    select mutual_id, nextval('demand_data_version_seq') from (select distinct mutual_id from added) a
    where mutual_id is not null order by mutual_id
  on conflict (mutual_id) do update set version = excluded.version;
  return null;
end
$fn$;

create function demand_version_on_update() returns trigger language plpgsql as $fn$
begin
  insert into demand_data_version as v (mutual_id, version)
    select mutual_id, nextval('demand_data_version_seq') from (
      select mutual_id from added union select mutual_id from removed) a
    where mutual_id is not null order by mutual_id
  on conflict (mutual_id) do update set version = excluded.version;
  return null;
end
$fn$;

create function demand_version_on_delete() returns trigger language plpgsql as $fn$
begin
  insert into demand_data_version as v (mutual_id, version)
    select mutual_id, nextval('demand_data_version_seq') from (select distinct mutual_id from removed) a
    where mutual_id is not null order by mutual_id
  on conflict (mutual_id) do update set version = excluded.version;
  return null;
end
$fn$;

create function demand_version_on_truncate() returns trigger language plpgsql as $fn$
begin
  update demand_data_version set version = nextval('demand_data_version_seq');
  return null;
end
$fn$;

-- The mutual's own row (its minimum of firms per session): its key is `id`.
create function demand_version_on_mutual_update() returns trigger language plpgsql as $fn$
begin
  insert into demand_data_version as v (mutual_id, version)
    select id, nextval('demand_data_version_seq') from (select id from added union select id from removed) a
    order by id
  on conflict (mutual_id) do update set version = excluded.version;
  return null;
end
$fn$;

do $do$
declare
  t text;
begin
  foreach t in array array['need', 'course', 'topic'] loop
    execute format('create trigger %I after insert on %I referencing new table as added
                    for each statement execute function demand_version_on_insert()', t || '_demand_version_insert', t);
    execute format('create trigger %I after update on %I referencing old table as removed new table as added
                    for each statement execute function demand_version_on_update()', t || '_demand_version_update', t);
    execute format('create trigger %I after delete on %I referencing old table as removed
                    for each statement execute function demand_version_on_delete()', t || '_demand_version_delete', t);
    execute format('create trigger %I after truncate on %I
                    for each statement execute function demand_version_on_truncate()', t || '_demand_version_truncate', t);
  end loop;
end
$do$;

create trigger mutual_demand_version_update after update on mutual referencing old table as removed new table as added
  for each statement execute function demand_version_on_mutual_update();

-- The mutuals already there.
insert into demand_data_version (mutual_id, version)
  select id, nextval('demand_data_version_seq') from mutual order by id;

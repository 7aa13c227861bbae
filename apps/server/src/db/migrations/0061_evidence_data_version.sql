-- The version of each mutual's evidence data (docs/decisions.md, "The evidence dashboard is cached
-- by a data version kept by triggers"): every statement that writes a table the evidence engine reads
-- gives the mutuals it touched a new version, in the same transaction, whoever writes (the app, an
-- import, SQL by hand, another instance). The dashboard reads the version before the data and keeps
-- the engine's answer for it: the same version, the same data.
--
-- Versions come from one sequence, never reset (not owned by a column, so `truncate … restart
-- identity` leaves it alone): a version once seen is never given again, even after the table is
-- emptied. A mutual without a row has no version; its answer is not kept. No foreign key: rows
-- follow the data's tables, which carry the keys.

create sequence evidence_data_version_seq;

create table evidence_data_version (
  mutual_id uuid primary key,
  version bigint not null
);

-- Statement triggers read the transition tables (`added`, `removed`): one row per mutual touched,
-- written in key order so that concurrent writers lock them in the same order.
create function evidence_version_on_insert() returns trigger language plpgsql as $fn$
begin
  insert into evidence_data_version as v (mutual_id, version)
    select mutual_id, nextval('evidence_data_version_seq') from (select distinct mutual_id from added) a
    where mutual_id is not null order by mutual_id
  on conflict (mutual_id) do update set version = excluded.version;
  return null;
end
$fn$;

create function evidence_version_on_update() returns trigger language plpgsql as $fn$
begin
  insert into evidence_data_version as v (mutual_id, version)
    select mutual_id, nextval('evidence_data_version_seq') from (
      select mutual_id from added union select mutual_id from removed) a
    where mutual_id is not null order by mutual_id
  on conflict (mutual_id) do update set version = excluded.version;
  return null;
end
$fn$;

create function evidence_version_on_delete() returns trigger language plpgsql as $fn$
begin
  insert into evidence_data_version as v (mutual_id, version)
    select mutual_id, nextval('evidence_data_version_seq') from (select distinct mutual_id from removed) a
    where mutual_id is not null order by mutual_id
  on conflict (mutual_id) do update set version = excluded.version;
  return null;
end
$fn$;

create function evidence_version_on_truncate() returns trigger language plpgsql as $fn$
begin
  update evidence_data_version set version = nextval('evidence_data_version_seq');
  return null;
end
$fn$;

-- The engine's tables (evidence/repository.ts): the registry, wages, job classes, attestations with
-- their sessions' costs and confirmed enrolments, firms' yearly outcomes, questionnaires, settings.
do $do$
declare
  t text;
begin
  foreach t in array array['member', 'employee', 'wage', 'employee_job_change', 'attestation', 'training_session',
                           'enrolment', 'firm_year_outcome', 'questionnaire', 'evidence_setting'] loop
    execute format('create trigger %I after insert on %I referencing new table as added
                    for each statement execute function evidence_version_on_insert()', t || '_evidence_insert', t);
    execute format('create trigger %I after update on %I referencing old table as removed new table as added
                    for each statement execute function evidence_version_on_update()', t || '_evidence_update', t);
    execute format('create trigger %I after delete on %I referencing old table as removed
                    for each statement execute function evidence_version_on_delete()', t || '_evidence_delete', t);
    execute format('create trigger %I after truncate on %I
                    for each statement execute function evidence_version_on_truncate()', t || '_evidence_truncate', t);
  end loop;
end
$do$;

-- The mutuals already there.
insert into evidence_data_version (mutual_id, version)
  select id, nextval('evidence_data_version_seq') from mutual order by id;

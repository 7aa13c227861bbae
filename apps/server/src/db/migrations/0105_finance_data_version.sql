-- The version of each mutual's money data (docs/decisions.md, decision 82, "The 1 % statements,
-- billable sessions, activity years and observed mutuals are kept per version of their data"): every
-- statement that writes a table those pages read and the evidence version (0061) does not cover gives
-- the mutuals it touched a new version, in the same transaction, whoever writes (the app, an import, an invoice run, SQL by hand, another
-- instance). A page of 1 % statements computed every member's payments, invoice lines, ledger
-- credits and wages in training on every request: 60–300 ms for the money benchmark's mutual
-- (bench-finance, 50 members a page, 9,500 days of attendance); under 10 requests at once, p99 1.7 s.
--
-- Unlike 0061 and 0104, which each have their own table and functions, this one is general: one
-- table keyed by the kind of data and the mutual, and one set of functions that take the kind as the
-- trigger's argument, so that a later kind is a list of tables, not new functions. Versions come from
-- one sequence, never reset, so a version once seen is never given again. A mutual without a row
-- has no version: its pages are not kept (the observatory's digest of many mutuals counts it as 0,
-- db/data-versions.ts says why).
--
-- The 'finance' kind covers what the 1 % statements and the billable sessions read beyond the
-- evidence version's tables (member, employee, wage, training_session, enrolment, …): payments,
-- invoices and their lines, the journal and its accounts, 1 % declarations, attendance, meeting
-- days, recognition events, courses, the finance settings, providers, provider bills and seat
-- reservations. The pages read both versions.

create sequence data_version_seq;

create table data_version (
  kind text not null,
  mutual_id uuid not null,
  version bigint not null,
  primary key (kind, mutual_id)
);

-- One row per mutual touched, written in key order so that concurrent writers lock them in the same order.
create function data_version_on_insert() returns trigger language plpgsql as $fn$
begin
  insert into data_version as v (kind, mutual_id, version)
    select tg_argv[0], mutual_id, nextval('data_version_seq') from (select distinct mutual_id from added) a
    where mutual_id is not null order by mutual_id
  on conflict (kind, mutual_id) do update set version = excluded.version;
  return null;
end
$fn$;

create function data_version_on_update() returns trigger language plpgsql as $fn$
begin
  insert into data_version as v (kind, mutual_id, version)
    select tg_argv[0], mutual_id, nextval('data_version_seq') from (
      select mutual_id from added union select mutual_id from removed) a
    where mutual_id is not null order by mutual_id
  on conflict (kind, mutual_id) do update set version = excluded.version;
  return null;
end
$fn$;

create function data_version_on_delete() returns trigger language plpgsql as $fn$
begin
  insert into data_version as v (kind, mutual_id, version)
    select tg_argv[0], mutual_id, nextval('data_version_seq') from (select distinct mutual_id from removed) a
    where mutual_id is not null order by mutual_id
  on conflict (kind, mutual_id) do update set version = excluded.version;
  return null;
end
$fn$;

create function data_version_on_truncate() returns trigger language plpgsql as $fn$
begin
  update data_version set version = nextval('data_version_seq') where kind = tg_argv[0];
  return null;
end
$fn$;

do $do$
declare
  t text;
begin
  foreach t in array array['payment', 'invoice', 'invoice_line', 'journal_entry', 'journal_line', 'ledger_account',
                           'one_percent_declaration', 'attendance', 'session_meeting_day', 'recognition_event',
                           'course', 'finance_settings', 'provider', 'provider_bill', 'session_reservation'] loop
    execute format('create trigger %I after insert on %I referencing new table as added
                    for each statement execute function data_version_on_insert(%L)', t || '_finance_insert', t, 'finance');
    execute format('create trigger %I after update on %I referencing old table as removed new table as added
                    for each statement execute function data_version_on_update(%L)', t || '_finance_update', t, 'finance');
    execute format('create trigger %I after delete on %I referencing old table as removed
                    for each statement execute function data_version_on_delete(%L)', t || '_finance_delete', t, 'finance');
    execute format('create trigger %I after truncate on %I
                    for each statement execute function data_version_on_truncate(%L)', t || '_finance_truncate', t, 'finance');
  end loop;
end
$do$;

-- The mutuals already there.
insert into data_version (kind, mutual_id, version)
  select 'finance', id, nextval('data_version_seq') from mutual order by id;

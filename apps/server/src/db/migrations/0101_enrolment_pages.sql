-- The list of enrolments across sessions (GET /api/enrolments, newest first) for a mutual with many.
-- Measured on PostgreSQL 15 with the large seed, for bench-finance (100,000 enrolments), under load:
-- the page joined every enrolment of the mutual to its employee, firm, session and course, then sorted
-- them by creation time to keep 50 (~480 ms), and the total counted the same joins (~470 ms).
--
-- - The page takes its 50 ids first from this index, in the list's order (created_at desc, id), then
--   joins those rows: 14 ms for page 40 on a loaded database.
-- - An unfiltered list's total is a kept count (as employee_count, 0095): one row per mutual and firm,
--   kept by statement triggers on enrolment from the transition tables in the writing transaction,
--   summed over the mutual's firms (a few hundred rows) or read for one firm. Counting the mutual's
--   100,000 rows took 21 ms even without the joins (which cannot drop rows: their keys are foreign
--   keys). Rows are written in key order so that concurrent writers lock them in the same order.

create index if not exists enrolment_mutual_created_idx on enrolment (mutual_id, created_at desc, id);

create table if not exists enrolment_count (
  mutual_id uuid not null,
  member_id uuid not null,
  n integer not null,
  primary key (mutual_id, member_id)
);

create or replace function enrolment_count_on_change() returns trigger language plpgsql set jit = off as $fn$
begin
  if tg_op = 'INSERT' then
    insert into enrolment_count as c (mutual_id, member_id, n)
    select mutual_id, member_id, count(*) from added group by mutual_id, member_id order by mutual_id, member_id
    on conflict (mutual_id, member_id) do update set n = c.n + excluded.n;
  elsif tg_op = 'DELETE' then
    insert into enrolment_count as c (mutual_id, member_id, n)
    select mutual_id, member_id, -count(*) from removed group by mutual_id, member_id order by mutual_id, member_id
    on conflict (mutual_id, member_id) do update set n = c.n + excluded.n;
  else
    insert into enrolment_count as c (mutual_id, member_id, n)
    select mutual_id, member_id, sum(n)
    from (
      select mutual_id, member_id, 1 as n from added
      union all
      select mutual_id, member_id, -1 from removed
    ) as moved
    group by mutual_id, member_id
    having sum(n) <> 0
    order by mutual_id, member_id
    on conflict (mutual_id, member_id) do update set n = c.n + excluded.n;
  end if;
  return null;
end
$fn$;

-- DELETE rather than TRUNCATE (as 0095).
create or replace function enrolment_count_on_truncate() returns trigger language plpgsql as $fn$
begin
  delete from enrolment_count;
  return null;
end
$fn$;

create or replace trigger enrolment_count_insert after insert on enrolment
  referencing new table as added for each statement execute function enrolment_count_on_change();
create or replace trigger enrolment_count_update after update on enrolment
  referencing old table as removed new table as added for each statement execute function enrolment_count_on_change();
create or replace trigger enrolment_count_delete after delete on enrolment
  referencing old table as removed for each statement execute function enrolment_count_on_change();
create or replace trigger enrolment_count_truncate after truncate on enrolment
  for each statement execute function enrolment_count_on_truncate();

-- The enrolments already there.
insert into enrolment_count (mutual_id, member_id, n)
select mutual_id, member_id, count(*) from enrolment group by mutual_id, member_id
on conflict do nothing;

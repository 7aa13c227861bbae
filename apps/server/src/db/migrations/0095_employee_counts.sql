-- How many employees each member firm has, current and former, kept instead of counted per request
-- (docs/decisions.md, "Employee list totals: a kept count"). An unfiltered employee list's total
-- (the default list of a mutual: 23,787 current employees in the biggest benchmark mutual) was a
-- count over every matching index entry on every request, most of that list's database time. It is
-- now the sum of this table's rows of the mutual (one per member firm) or the row of one member.
--
-- Statement triggers on employee keep it in step, in the same transaction as the write, from the
-- transition tables: an inserted row adds one, a deleted row takes one away, an update is its old
-- row taken away and its new row added (a change of end date moves it from current to former).
-- Read in the same statement as the page, it is exact under any isolation level: both come from
-- the statement's snapshot. Rows are written in key order so that concurrent writers lock them in
-- the same order. No foreign keys: these rows follow employee rows, which carry the keys.

create table employee_count (
  mutual_id uuid not null,
  member_id uuid not null,
  current_count integer not null,
  ended_count integer not null,
  primary key (mutual_id, member_id)
);

-- JIT off: an import of thousands of rows is estimated above jit_above_cost and compiling would
-- cost more than running.
create function employee_count_on_change() returns trigger language plpgsql set jit = off as $fn$
begin
  if tg_op = 'INSERT' then
    insert into employee_count as c (mutual_id, member_id, current_count, ended_count)
    select mutual_id, member_id, count(*) filter (where end_date is null), count(*) filter (where end_date is not null)
    from added group by mutual_id, member_id order by mutual_id, member_id
    on conflict (mutual_id, member_id) do update
      set current_count = c.current_count + excluded.current_count, ended_count = c.ended_count + excluded.ended_count;
  elsif tg_op = 'DELETE' then
    insert into employee_count as c (mutual_id, member_id, current_count, ended_count)
    select mutual_id, member_id, -count(*) filter (where end_date is null), -count(*) filter (where end_date is not null)
    from removed group by mutual_id, member_id order by mutual_id, member_id
    on conflict (mutual_id, member_id) do update
      set current_count = c.current_count + excluded.current_count, ended_count = c.ended_count + excluded.ended_count;
  else
    insert into employee_count as c (mutual_id, member_id, current_count, ended_count)
    select mutual_id, member_id, sum(current_count), sum(ended_count)
    from (
      select mutual_id, member_id, (end_date is null)::int as current_count, (end_date is not null)::int as ended_count
      from added
      union all
      select mutual_id, member_id, -(end_date is null)::int, -(end_date is not null)::int
      from removed
    ) as moved
    group by mutual_id, member_id
    having sum(current_count) <> 0 or sum(ended_count) <> 0
    order by mutual_id, member_id
    on conflict (mutual_id, member_id) do update
      set current_count = c.current_count + excluded.current_count, ended_count = c.ended_count + excluded.ended_count;
  end if;
  return null;
end
$fn$;

-- DELETE rather than TRUNCATE: a TRUNCATE naming this table along with employee (a wipe of every
-- table) has it open when this trigger fires, and a nested TRUNCATE of it would fail.
create function employee_count_on_truncate() returns trigger language plpgsql as $fn$
begin
  delete from employee_count;
  return null;
end
$fn$;

create trigger employee_count_insert after insert on employee
  referencing new table as added for each statement execute function employee_count_on_change();
create trigger employee_count_update after update on employee
  referencing old table as removed new table as added for each statement execute function employee_count_on_change();
create trigger employee_count_delete after delete on employee
  referencing old table as removed for each statement execute function employee_count_on_change();
create trigger employee_count_truncate after truncate on employee
  for each statement execute function employee_count_on_truncate();

-- The employees already there.
insert into employee_count (mutual_id, member_id, current_count, ended_count)
select mutual_id, member_id, count(*) filter (where end_date is null), count(*) filter (where end_date is not null)
from employee group by mutual_id, member_id;

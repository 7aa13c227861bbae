-- Who each year's sessions reached, kept instead of aggregated per request (docs/decisions.md, "Reach
-- from sessions: a kept table"). The activity years of the governance area and the observatory's
-- yearly facts count, per mutual and year of the session's period, the distinct firms and workers
-- with a confirmed enrolment in a session held in Mutualis (in delivery, delivered, evaluated), and
-- those that are micro or small firms and low-skilled workers. Computed from enrolments on every
-- request, that read, joined and sorted every confirmed enrolment of the mutual: 610-690 ms of
-- PostgreSQL 15 for the money benchmark's mutual (bench-finance: 95,200 confirmed enrolments of 2026,
-- a sort spilled to disk), 762 ms for a one-row page of GET /api/activity-years.
--
-- One row per mutual, year, employee and the firm the enrolment names, with how many such confirmed
-- enrolments there are (rows at zero are deleted) and the employee's education level, which the
-- low-skilled count reads: for bench-finance, 10,500 rows for 2026 instead of 95,200 enrolments joined
-- to their employees. A firm's size is still read from member when counting (a few hundred rows).
--
-- Statement triggers keep it in step, in the same transaction as the write, from the transition
-- tables, each change counted against the other table as it is at that statement:
-- - enrolment: a confirmed enrolment of a held session adds one, an old confirmed row takes one away;
-- - training_session: a session that becomes held adds its confirmed enrolments, one that stops being
--   held (or changes period or mutual) takes them away (a session with enrolments cannot be deleted);
-- - employee: a change of education level is copied to the employee's rows.
-- Read in the same statement as the figures, it is exact under any isolation level. Rows are written
-- in key order so that concurrent writers lock them in the same order. No foreign keys: these rows
-- follow enrolment rows, which carry the keys. A period not starting with four digits is left out
-- rather than failing the write (periods are YYYY-MM; the former query read left(period, 4)::int).

create table if not exists session_reach (
  mutual_id uuid not null,
  year integer not null,
  employee_id uuid not null,
  member_id uuid not null,
  education_level text not null,
  enrolments integer not null,
  primary key (mutual_id, year, employee_id, member_id)
);
create index if not exists session_reach_employee_idx on session_reach (employee_id);
-- Rows brought to zero, deleted by the statement that did it.
create index if not exists session_reach_zero_idx on session_reach (mutual_id) where enrolments = 0;

-- JIT off: a statement over thousands of rows is estimated above jit_above_cost and compiling would
-- cost more than running (as 0095).
create or replace function session_reach_on_enrolment() returns trigger language plpgsql set jit = off as $fn$
begin
  if tg_op = 'INSERT' then
    insert into session_reach as r (mutual_id, year, employee_id, member_id, education_level, enrolments)
    select d.mutual_id, d.year, d.employee_id, d.member_id, em.education_level, d.n
    from (
      select s.mutual_id, substring(s.period from '^[0-9]{4}')::int as year, a.employee_id, a.member_id, count(*)::int as n
      from added a
      join training_session s on s.id = a.session_id and s.status in ('in_delivery', 'delivered', 'evaluated')
      where a.status = 'confirmed' and s.period ~ '^[0-9]{4}'
      group by 1, 2, 3, 4
    ) as d
    join employee em on em.id = d.employee_id
    order by d.mutual_id, d.year, d.employee_id, d.member_id
    on conflict (mutual_id, year, employee_id, member_id) do update set enrolments = r.enrolments + excluded.enrolments;
    return null;
  elsif tg_op = 'DELETE' then
    insert into session_reach as r (mutual_id, year, employee_id, member_id, education_level, enrolments)
    select d.mutual_id, d.year, d.employee_id, d.member_id, em.education_level, d.n
    from (
      select s.mutual_id, substring(s.period from '^[0-9]{4}')::int as year, o.employee_id, o.member_id, -count(*)::int as n
      from removed o
      join training_session s on s.id = o.session_id and s.status in ('in_delivery', 'delivered', 'evaluated')
      where o.status = 'confirmed' and s.period ~ '^[0-9]{4}'
      group by 1, 2, 3, 4
    ) as d
    join employee em on em.id = d.employee_id
    order by d.mutual_id, d.year, d.employee_id, d.member_id
    on conflict (mutual_id, year, employee_id, member_id) do update set enrolments = r.enrolments + excluded.enrolments;
  else
    insert into session_reach as r (mutual_id, year, employee_id, member_id, education_level, enrolments)
    select d.mutual_id, d.year, d.employee_id, d.member_id, em.education_level, d.n
    from (
      select s.mutual_id, substring(s.period from '^[0-9]{4}')::int as year, x.employee_id, x.member_id, sum(x.n)::int as n
      from (
        select session_id, employee_id, member_id, 1 as n from added where status = 'confirmed'
        union all
        select session_id, employee_id, member_id, -1 from removed where status = 'confirmed'
      ) as x
      join training_session s on s.id = x.session_id and s.status in ('in_delivery', 'delivered', 'evaluated')
      where s.period ~ '^[0-9]{4}'
      group by 1, 2, 3, 4
      having sum(x.n) <> 0
    ) as d
    join employee em on em.id = d.employee_id
    order by d.mutual_id, d.year, d.employee_id, d.member_id
    on conflict (mutual_id, year, employee_id, member_id) do update set enrolments = r.enrolments + excluded.enrolments;
  end if;
  delete from session_reach where enrolments = 0;
  return null;
end
$fn$;

create or replace function session_reach_on_session() returns trigger language plpgsql set jit = off as $fn$
begin
  insert into session_reach as r (mutual_id, year, employee_id, member_id, education_level, enrolments)
  select d.mutual_id, d.year, d.employee_id, d.member_id, em.education_level, d.n
  from (
    select x.mutual_id, x.year, e.employee_id, e.member_id, sum(x.n)::int as n
    from (
      -- A session counts +1 as it is now and -1 as it was; unchanged ones cancel before reading enrolments.
      select id, mutual_id, year, sum(n) as n
      from (
        select id, mutual_id, substring(period from '^[0-9]{4}')::int as year, 1 as n from added
        where status in ('in_delivery', 'delivered', 'evaluated') and period ~ '^[0-9]{4}'
        union all
        select id, mutual_id, substring(period from '^[0-9]{4}')::int, -1 from removed
        where status in ('in_delivery', 'delivered', 'evaluated') and period ~ '^[0-9]{4}'
      ) as held
      group by id, mutual_id, year
      having sum(n) <> 0
    ) as x
    join enrolment e on e.session_id = x.id and e.status = 'confirmed'
    group by 1, 2, 3, 4
    having sum(x.n) <> 0
  ) as d
  join employee em on em.id = d.employee_id
  order by d.mutual_id, d.year, d.employee_id, d.member_id
  on conflict (mutual_id, year, employee_id, member_id) do update set enrolments = r.enrolments + excluded.enrolments;
  delete from session_reach where enrolments = 0;
  return null;
end
$fn$;

create or replace function session_reach_on_employee() returns trigger language plpgsql set jit = off as $fn$
begin
  update session_reach r set education_level = a.education_level
  from added a join removed o on o.id = a.id
  where a.education_level <> o.education_level and r.employee_id = a.id;
  return null;
end
$fn$;

-- DELETE rather than TRUNCATE: a TRUNCATE naming several tables (a wipe of every table) has this one
-- open when the trigger fires, and a nested TRUNCATE of it would fail (as 0095).
create or replace function session_reach_on_truncate() returns trigger language plpgsql as $fn$
begin
  delete from session_reach;
  return null;
end
$fn$;

create or replace trigger session_reach_insert after insert on enrolment
  referencing new table as added for each statement execute function session_reach_on_enrolment();
create or replace trigger session_reach_update after update on enrolment
  referencing old table as removed new table as added for each statement execute function session_reach_on_enrolment();
create or replace trigger session_reach_delete after delete on enrolment
  referencing old table as removed for each statement execute function session_reach_on_enrolment();
create or replace trigger session_reach_truncate after truncate on enrolment
  for each statement execute function session_reach_on_truncate();
create or replace trigger session_reach_session_update after update on training_session
  referencing old table as removed new table as added for each statement execute function session_reach_on_session();
create or replace trigger session_reach_employee_update after update on employee
  referencing old table as removed new table as added for each statement execute function session_reach_on_employee();

-- The enrolments already there.
insert into session_reach (mutual_id, year, employee_id, member_id, education_level, enrolments)
select s.mutual_id, substring(s.period from '^[0-9]{4}')::int, e.employee_id, e.member_id, em.education_level, count(*)
from training_session s
join enrolment e on e.session_id = s.id and e.status = 'confirmed'
join employee em on em.id = e.employee_id
where s.status in ('in_delivery', 'delivered', 'evaluated') and s.period ~ '^[0-9]{4}'
group by 1, 2, 3, 4, 5
on conflict do nothing;

-- The demand board, kept instead of recomputed (docs/decisions.md, "Demand board: a kept aggregate").
--
-- demand_cell holds one row per topic × region × period × language with open needs, and
-- demand_pool one row per topic × period × language with open needs that accept a virtual
-- session (all regions together). Distinct firms cannot be kept by adding and subtracting, so
-- each is backed by a per-firm table (demand_cell_member, demand_pool_member): a firm counts in
-- a cell while its row there has open needs.
--
-- Statement triggers on need keep all four in step, in the same transaction as the write, from
-- the transition tables: a row counts when its status is 'open'; an update is its old row taken
-- away and its new row added. A need counts once in each distinct period × language it accepts,
-- as in packages/domain/src/demand/demand.ts (aggregateDemand), which the tests compare against.
-- Rows whose counts reach zero are deleted. No foreign keys: these rows follow need rows, which
-- carry the keys.

create table demand_cell_member (
  mutual_id uuid not null,
  topic_id uuid not null,
  region_code text not null,
  period text not null,
  language text not null,
  member_id uuid not null,
  needs integer not null,
  seats integer not null,
  in_person_needs integer not null,
  in_person_seats integer not null,
  virtual_needs integer not null,
  virtual_seats integer not null,
  primary key (mutual_id, topic_id, region_code, period, language, member_id)
);
create index demand_cell_member_empty_idx on demand_cell_member (mutual_id) where needs = 0;

create table demand_cell (
  mutual_id uuid not null,
  topic_id uuid not null,
  region_code text not null,
  period text not null,
  language text not null,
  needs integer not null,
  seats integer not null,
  members integer not null,
  in_person_seats integer not null,
  in_person_members integer not null,
  virtual_seats integer not null,
  virtual_members integer not null,
  primary key (mutual_id, topic_id, region_code, period, language)
);
create index demand_cell_empty_idx on demand_cell (mutual_id) where needs = 0;

create table demand_pool_member (
  mutual_id uuid not null,
  topic_id uuid not null,
  period text not null,
  language text not null,
  member_id uuid not null,
  needs integer not null,
  seats integer not null,
  primary key (mutual_id, topic_id, period, language, member_id)
);
create index demand_pool_member_empty_idx on demand_pool_member (mutual_id) where needs = 0;

create table demand_pool (
  mutual_id uuid not null,
  topic_id uuid not null,
  period text not null,
  language text not null,
  needs integer not null,
  seats integer not null,
  members integer not null,
  primary key (mutual_id, topic_id, period, language)
);
create index demand_pool_empty_idx on demand_pool (mutual_id) where needs = 0;

-- The statements that apply the needs in `changed` (SQL text giving need rows plus sign: +1
-- added, -1 taken away) to the four tables. They are returned as text and run by the caller with
-- EXECUTE, because a trigger's transition tables are visible to the trigger function's own
-- statements only, not to a function it calls. Rows are written in key order so that concurrent
-- writers lock them in the same order.
create function demand_statements(changed text) returns text[] language plpgsql immutable as $fn$
begin
  return array[
    format($sql$
    with changed as (%s),
    delta as (
      select c.mutual_id, c.topic_id, c.region_code, p.period, l.language, c.member_id,
             sum(c.sign)::int as needs,
             sum(c.sign * c.seats)::int as seats,
             coalesce(sum(c.sign) filter (where 'in_person' = any(c.modes)), 0)::int as in_person_needs,
             coalesce(sum(c.sign * c.seats) filter (where 'in_person' = any(c.modes)), 0)::int as in_person_seats,
             coalesce(sum(c.sign) filter (where 'virtual' = any(c.modes)), 0)::int as virtual_needs,
             coalesce(sum(c.sign * c.seats) filter (where 'virtual' = any(c.modes)), 0)::int as virtual_seats
      from changed c
      cross join lateral (select distinct unnest(c.periods)) as p(period)
      cross join lateral (select distinct unnest(c.languages)) as l(language)
      where c.status = 'open'
      group by c.mutual_id, c.topic_id, c.region_code, p.period, l.language, c.member_id
    ),
    moved as (
      select * from delta
      where needs <> 0 or seats <> 0 or in_person_needs <> 0 or in_person_seats <> 0 or virtual_needs <> 0 or virtual_seats <> 0
    ),
    kept as (
      insert into demand_cell_member as t
        (mutual_id, topic_id, region_code, period, language, member_id,
         needs, seats, in_person_needs, in_person_seats, virtual_needs, virtual_seats)
      select mutual_id, topic_id, region_code, period, language, member_id,
             needs, seats, in_person_needs, in_person_seats, virtual_needs, virtual_seats
      from moved
      order by mutual_id, topic_id, region_code, period, language, member_id
      on conflict (mutual_id, topic_id, region_code, period, language, member_id) do update set
        needs = t.needs + excluded.needs,
        seats = t.seats + excluded.seats,
        in_person_needs = t.in_person_needs + excluded.in_person_needs,
        in_person_seats = t.in_person_seats + excluded.in_person_seats,
        virtual_needs = t.virtual_needs + excluded.virtual_needs,
        virtual_seats = t.virtual_seats + excluded.virtual_seats
      returning t.mutual_id, t.topic_id, t.region_code, t.period, t.language, t.member_id,
                t.needs, t.in_person_needs, t.virtual_needs
    ),
    -- A firm joins a cell when its count goes from 0 to more, and leaves it when it falls to 0.
    cell_delta as (
      select m.mutual_id, m.topic_id, m.region_code, m.period, m.language,
             sum(m.needs)::int as needs,
             sum(m.seats)::int as seats,
             sum(sign(greatest(k.needs, 0)) - sign(greatest(k.needs - m.needs, 0)))::int as members,
             sum(m.in_person_seats)::int as in_person_seats,
             sum(sign(greatest(k.in_person_needs, 0)) - sign(greatest(k.in_person_needs - m.in_person_needs, 0)))::int as in_person_members,
             sum(m.virtual_seats)::int as virtual_seats,
             sum(sign(greatest(k.virtual_needs, 0)) - sign(greatest(k.virtual_needs - m.virtual_needs, 0)))::int as virtual_members
      from moved m
      join kept k using (mutual_id, topic_id, region_code, period, language, member_id)
      group by m.mutual_id, m.topic_id, m.region_code, m.period, m.language
    )
    insert into demand_cell as t
      (mutual_id, topic_id, region_code, period, language,
       needs, seats, members, in_person_seats, in_person_members, virtual_seats, virtual_members)
    select mutual_id, topic_id, region_code, period, language,
           needs, seats, members, in_person_seats, in_person_members, virtual_seats, virtual_members
    from cell_delta
    order by mutual_id, topic_id, region_code, period, language
    on conflict (mutual_id, topic_id, region_code, period, language) do update set
      needs = t.needs + excluded.needs,
      seats = t.seats + excluded.seats,
      members = t.members + excluded.members,
      in_person_seats = t.in_person_seats + excluded.in_person_seats,
      in_person_members = t.in_person_members + excluded.in_person_members,
      virtual_seats = t.virtual_seats + excluded.virtual_seats,
      virtual_members = t.virtual_members + excluded.virtual_members
  $sql$, changed),
    format($sql$
    with changed as (%s),
    moved as (
      select c.mutual_id, c.topic_id, p.period, l.language, c.member_id,
             sum(c.sign)::int as needs,
             sum(c.sign * c.seats)::int as seats
      from changed c
      cross join lateral (select distinct unnest(c.periods)) as p(period)
      cross join lateral (select distinct unnest(c.languages)) as l(language)
      where c.status = 'open' and 'virtual' = any(c.modes)
      group by c.mutual_id, c.topic_id, p.period, l.language, c.member_id
      having sum(c.sign) <> 0 or sum(c.sign * c.seats) <> 0
    ),
    kept as (
      insert into demand_pool_member as t (mutual_id, topic_id, period, language, member_id, needs, seats)
      select mutual_id, topic_id, period, language, member_id, needs, seats
      from moved
      order by mutual_id, topic_id, period, language, member_id
      on conflict (mutual_id, topic_id, period, language, member_id) do update set
        needs = t.needs + excluded.needs,
        seats = t.seats + excluded.seats
      returning t.mutual_id, t.topic_id, t.period, t.language, t.member_id, t.needs
    ),
    pool_delta as (
      select m.mutual_id, m.topic_id, m.period, m.language,
             sum(m.needs)::int as needs,
             sum(m.seats)::int as seats,
             sum(sign(greatest(k.needs, 0)) - sign(greatest(k.needs - m.needs, 0)))::int as members
      from moved m
      join kept k using (mutual_id, topic_id, period, language, member_id)
      group by m.mutual_id, m.topic_id, m.period, m.language
    )
    insert into demand_pool as t (mutual_id, topic_id, period, language, needs, seats, members)
    select mutual_id, topic_id, period, language, needs, seats, members
    from pool_delta
    order by mutual_id, topic_id, period, language
    on conflict (mutual_id, topic_id, period, language) do update set
      needs = t.needs + excluded.needs,
      seats = t.seats + excluded.seats,
      members = t.members + excluded.members
  $sql$, changed),
    'delete from demand_cell_member where needs = 0',
    'delete from demand_cell where needs = 0',
    'delete from demand_pool_member where needs = 0',
    'delete from demand_pool where needs = 0'
  ];
end
$fn$;

-- JIT off: a batch of a few thousand needs is estimated far above jit_above_cost (see
-- forAggregation in demand-repository.ts) and compiling would cost more than running.
create function demand_on_need_change() returns trigger language plpgsql set jit = off as $fn$
declare
  statement text;
begin
  foreach statement in array demand_statements(case tg_op
    when 'INSERT' then 'select *, 1 as sign from added'
    when 'DELETE' then 'select *, -1 as sign from removed'
    else 'select *, 1 as sign from added union all select *, -1 as sign from removed'
  end) loop
    execute statement;
  end loop;
  return null;
end
$fn$;

-- DELETE rather than TRUNCATE: a TRUNCATE naming these tables along with need (a wipe of every
-- table) has them open when this trigger fires, and a nested TRUNCATE of them would fail.
create function demand_on_need_truncate() returns trigger language plpgsql as $fn$
begin
  delete from demand_cell_member;
  delete from demand_cell;
  delete from demand_pool_member;
  delete from demand_pool;
  return null;
end
$fn$;

create trigger need_demand_insert after insert on need
  referencing new table as added for each statement execute function demand_on_need_change();
create trigger need_demand_update after update on need
  referencing old table as removed new table as added for each statement execute function demand_on_need_change();
create trigger need_demand_delete after delete on need
  referencing old table as removed for each statement execute function demand_on_need_change();
create trigger need_demand_truncate after truncate on need
  for each statement execute function demand_on_need_truncate();

-- The needs already there.
do $do$
declare
  statement text;
begin
  foreach statement in array demand_statements('select *, 1 as sign from need') loop
    execute statement;
  end loop;
end
$do$;

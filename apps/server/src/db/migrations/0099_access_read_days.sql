-- How many person-reads the access log holds per mutual, day (in Montréal), reader and kind of
-- data, kept instead of counted per request (docs/decisions.md, "The read report's total: kept
-- per day"). The read report (who read whose personal data, privacy/repository.ts) answers with the
-- number of person-reads that match, and every page of employees read adds a row of 50 ids. Its
-- total unnested every row of the mutual's log and joined each id to its employee: on a log of
-- 380,000 rows (19 million person-reads: the biggest benchmark mutual after the list benchmarks, of
-- the order of a busy mutual's two years of retention) 13.8 s for the first page. Even the sum of
-- the rows' numbers of ids, kept beside each row, took 130–240 ms, for every mutual once the
-- statement's plan was the generic one (a scan of the whole log). The report's filters are whole
-- days in Montréal, a reader and a person: without a person, the total is now a sum over at most a
-- row per day and reader. A person's reads are few and found by the GIN index (0090).
--
-- Statement triggers on access_log keep it in step, in the same transaction, from the transition
-- tables (as 0095 does for employee_count): rows written add their ids, rows deleted (the retention
-- purge) take them away. Rows are written in key order so that concurrent writers lock them in the
-- same order. Reads without a mutual are not counted (the report is a mutual's); reads without a
-- reader count under the nil uuid. No foreign keys: these rows follow access_log rows.

create table access_read_day (
  mutual_id uuid not null,
  day date not null,
  actor_user_id uuid not null,
  entity_type text not null,
  reads bigint not null,
  primary key (mutual_id, day, actor_user_id, entity_type)
);

-- One statement per kind of change: a transition table exists only for the changes that have it.
create function access_read_day_on_change() returns trigger language plpgsql set jit = off as $fn$
begin
  if tg_op = 'INSERT' then
    insert into access_read_day as d (mutual_id, day, actor_user_id, entity_type, reads)
    select mutual_id, (at at time zone 'America/Montreal')::date,
           coalesce(actor_user_id, '00000000-0000-0000-0000-000000000000'), entity_type, sum(cardinality(entity_ids))
    from added where mutual_id is not null
    group by 1, 2, 3, 4 having sum(cardinality(entity_ids)) <> 0 order by 1, 2, 3, 4
    on conflict (mutual_id, day, actor_user_id, entity_type) do update set reads = d.reads + excluded.reads;
  elsif tg_op = 'DELETE' then
    insert into access_read_day as d (mutual_id, day, actor_user_id, entity_type, reads)
    select mutual_id, (at at time zone 'America/Montreal')::date,
           coalesce(actor_user_id, '00000000-0000-0000-0000-000000000000'), entity_type, -sum(cardinality(entity_ids))
    from removed where mutual_id is not null
    group by 1, 2, 3, 4 having sum(cardinality(entity_ids)) <> 0 order by 1, 2, 3, 4
    on conflict (mutual_id, day, actor_user_id, entity_type) do update set reads = d.reads + excluded.reads;
    -- the days purged leave no row behind
    delete from access_read_day d
    where d.reads = 0 and d.mutual_id in (select distinct mutual_id from removed where mutual_id is not null);
  else
    insert into access_read_day as d (mutual_id, day, actor_user_id, entity_type, reads)
    select mutual_id, day, actor_user_id, entity_type, sum(reads)
    from (
      select mutual_id, (at at time zone 'America/Montreal')::date as day,
             coalesce(actor_user_id, '00000000-0000-0000-0000-000000000000') as actor_user_id,
             entity_type, cardinality(entity_ids)::bigint as reads
      from added where mutual_id is not null
      union all
      select mutual_id, (at at time zone 'America/Montreal')::date,
             coalesce(actor_user_id, '00000000-0000-0000-0000-000000000000'),
             entity_type, -cardinality(entity_ids)::bigint
      from removed where mutual_id is not null
    ) as moved
    group by 1, 2, 3, 4 having sum(reads) <> 0 order by 1, 2, 3, 4
    on conflict (mutual_id, day, actor_user_id, entity_type) do update set reads = d.reads + excluded.reads;
  end if;
  return null;
end
$fn$;

-- DELETE rather than TRUNCATE: a TRUNCATE naming this table along with access_log has it open when
-- this trigger fires, and a nested TRUNCATE of it would fail.
create function access_read_day_on_truncate() returns trigger language plpgsql as $fn$
begin
  delete from access_read_day;
  return null;
end
$fn$;

create trigger access_read_day_insert after insert on access_log
  referencing new table as added for each statement execute function access_read_day_on_change();
create trigger access_read_day_update after update on access_log
  referencing old table as removed new table as added for each statement execute function access_read_day_on_change();
create trigger access_read_day_delete after delete on access_log
  referencing old table as removed for each statement execute function access_read_day_on_change();
create trigger access_read_day_truncate after truncate on access_log
  for each statement execute function access_read_day_on_truncate();

-- The reads already logged.
insert into access_read_day (mutual_id, day, actor_user_id, entity_type, reads)
select mutual_id, (at at time zone 'America/Montreal')::date,
       coalesce(actor_user_id, '00000000-0000-0000-0000-000000000000'), entity_type, sum(cardinality(entity_ids))
from access_log where mutual_id is not null
group by 1, 2, 3, 4 having sum(cardinality(entity_ids)) <> 0;

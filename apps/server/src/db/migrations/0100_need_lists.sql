-- The two slow need lists of issue #14 on the large seed (the coordinator of bench-demand: 200,000
-- open needs of 2,000 firms; PostgreSQL 15, the machine loaded by other work, so the figures are
-- the order of things, not a benchmark).
--
-- 1. The needs list (`GET /api/needs`, newest first: created_at desc, id) had no index in its
--    order: every page joined the mutual's 200,000 needs to their firm and topic and sorted them
--    (463 ms in the survey, 0.9 s in EXPLAIN ANALYZE). With need_mutual_created_idx the page's ids
--    are read in order from the index and only they are joined (0.6 ms for page 1). Through the API,
--    one request at a time, median of 15: page 1 620 → 16 ms, page 100 694 → 11 ms, status=open
--    462 → 11 ms, one topic 47 → 10 ms (decision 78).
-- 2. Its total was a count of the 200,000 rows on every request (0.1 s with two parallel workers).
--    It is now the sum of this table's rows of the mutual, one per topic and status (70 rows
--    in bench-demand), kept by statement triggers on need like employee_count (0095) and the demand
--    board (0042): from the transition tables, in the same transaction as the write, so it is
--    exact in any snapshot it is read in (as the count it replaces, it is read beside the page). A member's, a diagnostic's or a list of ids' needs
--    are few and still counted from their indexes (needs/repository.ts). Rows are written in key
--    order so that concurrent writers lock them in the same order; two transactions writing needs
--    of the same topic and status wait for each other's commit on that row, as they already do on
--    the demand board's cells. No foreign keys: these rows follow need rows, which carry the keys.
-- 3. The unmet list (`GET /api/demand/unmet`, oldest first: created_at, id, open needs only)
--    walks the open needs 2,000 at a time until its page is full; each batch sorted all 200,000
--    open needs (0.25 s a batch, and a rare reason walked 100 batches). need_mutual_status_created_idx
--    reads each batch in order (22 ms for 2,000 rows with their firm and topic). Not a partial index
--    `where status = 'open'`: the status is sent as a value, and a kept statement's generic plan
--    could not use it.

create index if not exists need_mutual_created_idx on need (mutual_id, created_at desc, id);
create index if not exists need_mutual_status_created_idx on need (mutual_id, status, created_at, id);

create table need_count (
  mutual_id uuid not null,
  topic_id uuid not null,
  status text not null,
  needs integer not null,
  primary key (mutual_id, topic_id, status)
);

-- JIT off: an import of thousands of needs is estimated above jit_above_cost and compiling would
-- cost more than running.
create function need_count_on_change() returns trigger language plpgsql set jit = off as $fn$
begin
  if tg_op = 'INSERT' then
    insert into need_count as c (mutual_id, topic_id, status, needs)
    select mutual_id, topic_id, status, count(*)
    from added group by mutual_id, topic_id, status order by mutual_id, topic_id, status
    on conflict (mutual_id, topic_id, status) do update set needs = c.needs + excluded.needs;
  elsif tg_op = 'DELETE' then
    insert into need_count as c (mutual_id, topic_id, status, needs)
    select mutual_id, topic_id, status, -count(*)
    from removed group by mutual_id, topic_id, status order by mutual_id, topic_id, status
    on conflict (mutual_id, topic_id, status) do update set needs = c.needs + excluded.needs;
  else
    insert into need_count as c (mutual_id, topic_id, status, needs)
    select mutual_id, topic_id, status, sum(moved)
    from (
      select mutual_id, topic_id, status, 1 as moved from added
      union all
      select mutual_id, topic_id, status, -1 from removed
    ) as changes
    group by mutual_id, topic_id, status
    having sum(moved) <> 0
    order by mutual_id, topic_id, status
    on conflict (mutual_id, topic_id, status) do update set needs = c.needs + excluded.needs;
  end if;
  return null;
end
$fn$;

-- DELETE rather than TRUNCATE: a TRUNCATE naming this table along with need (a wipe of every
-- table) has it open when this trigger fires, and a nested TRUNCATE of it would fail.
create function need_count_on_truncate() returns trigger language plpgsql as $fn$
begin
  delete from need_count;
  return null;
end
$fn$;

create trigger need_count_insert after insert on need
  referencing new table as added for each statement execute function need_count_on_change();
create trigger need_count_update after update on need
  referencing old table as removed new table as added for each statement execute function need_count_on_change();
create trigger need_count_delete after delete on need
  referencing old table as removed for each statement execute function need_count_on_change();
create trigger need_count_truncate after truncate on need
  for each statement execute function need_count_on_truncate();

-- The needs already there.
insert into need_count (mutual_id, topic_id, status, needs)
select mutual_id, topic_id, status, count(*) from need group by mutual_id, topic_id, status;

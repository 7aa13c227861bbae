-- The paged lists of a mutual's sessions: GET /api/sessions, /api/finance/sessions and /api/register.
-- Measured on PostgreSQL 15 with the large seed, for bench-finance (8,000 sessions, each with its
-- meeting days), HTTP medians of 15 sequential requests on a 2-core machine under load (4 before, 8 after):
-- - /api/sessions (by period, creation, id) joined every session to its course, firm, provider and
--   trainer with four correlated counts and sorted the 8,000 to keep 50 (183 ms); a member contact's
--   list probed reservations and enrolments for each of the 8,000 (129 ms for its 64). The page now
--   takes its ids from the first index below and joins only those; the total counts sessions alone
--   (1 ms: the joins follow not-null foreign keys and drop no row).
-- - /api/finance/sessions (by last meeting day, newest first) and /api/register (by first meeting day,
--   for a year given by the first meeting day) computed min/max of session_meeting_day for each of the
--   8,000 sessions before sorting (87 and 198 ms); aggregating the meeting days in one pass was still
--   30-100 ms under load. The first and last meeting days are now kept on the session (first_day,
--   last_day, null without meeting days), rewritten by statement triggers on session_meeting_day from
--   the transition tables, in the writing transaction (recomputed for the sessions touched, not
--   incremented: exact after any insert, update or delete), and the lists read their order from the
--   two other indexes.
-- After (with each page's summaries read for the whole page, not session by session): /api/sessions
-- 183 -> 28 ms (member contact 129 -> 48 ms), /api/finance/sessions 87 -> 47 ms, /api/register
-- 198 -> 64 ms; PostgreSQL time per request 8, 13, 37 and 35 ms.

alter table training_session add column if not exists first_day date;
alter table training_session add column if not exists last_day date;

create index if not exists training_session_page_idx on training_session (mutual_id, period, created_at, id);
create index if not exists training_session_last_day_idx on training_session (mutual_id, last_day desc nulls last, id);
create index if not exists training_session_first_day_idx on training_session (mutual_id, first_day nulls first, id);

-- Sets first_day and last_day of the given sessions from their meeting days, in id order (so that
-- concurrent writers lock sessions in the same order), only where they change.
create or replace function session_days_refresh(ids uuid[]) returns void language sql set jit = off as $fn$
  update training_session s
  set first_day = d.first_day, last_day = d.last_day
  from (
    select t.id,
      (select min(m.day) from session_meeting_day m where m.session_id = t.id) as first_day,
      (select max(m.day) from session_meeting_day m where m.session_id = t.id) as last_day
    from training_session t
    where t.id = any(ids)
    order by t.id
    for update of t
  ) as d
  where s.id = d.id
    and (s.first_day is distinct from d.first_day or s.last_day is distinct from d.last_day)
$fn$;

create or replace function session_days_on_change() returns trigger language plpgsql set jit = off as $fn$
begin
  if tg_op = 'INSERT' then
    perform session_days_refresh(array(select distinct session_id from added));
  elsif tg_op = 'DELETE' then
    perform session_days_refresh(array(select distinct session_id from removed));
  else
    perform session_days_refresh(array(select session_id from added union select session_id from removed));
  end if;
  return null;
end
$fn$;

create or replace function session_days_on_truncate() returns trigger language plpgsql as $fn$
begin
  update training_session set first_day = null, last_day = null where first_day is not null or last_day is not null;
  return null;
end
$fn$;

create or replace trigger session_days_insert after insert on session_meeting_day
  referencing new table as added for each statement execute function session_days_on_change();
create or replace trigger session_days_update after update on session_meeting_day
  referencing old table as removed new table as added for each statement execute function session_days_on_change();
create or replace trigger session_days_delete after delete on session_meeting_day
  referencing old table as removed for each statement execute function session_days_on_change();
create or replace trigger session_days_truncate after truncate on session_meeting_day
  for each statement execute function session_days_on_truncate();

-- The meeting days already there.
update training_session s
set first_day = d.first_day, last_day = d.last_day
from (select session_id, min(day) as first_day, max(day) as last_day from session_meeting_day group by session_id) as d
where s.id = d.session_id;

-- The rule of the enrolment dues guard (migration 0054) as a function of its own, so that a batch of
-- enrolments (decision 65) can ask it for each firm before inserting, under the session's row lock,
-- and refuse that firm's requests alone; the trigger still guards every other path, with the same rule.

create function overdue_dues_invoice(p_mutual_id uuid, p_member_id uuid)
returns table (number text, due_on date) language sql stable as $fn$
  select i.number, i.due_on
    from invoice i
   where i.mutual_id = p_mutual_id and i.member_id = p_member_id and i.kind = 'invoice'
     and i.status in ('issued', 'partly_paid')
     and i.due_on < (now() at time zone 'America/Montreal')::date
     and exists (select 1 from invoice_line l where l.invoice_id = i.id and l.kind = 'dues')
     and exists (select 1 from finance_settings s where s.mutual_id = p_mutual_id and s.block_enrolment_when_dues_overdue)
   order by i.due_on
   limit 1
$fn$;

create or replace function enrolment_refuse_when_dues_overdue() returns trigger language plpgsql as $fn$
declare
  overdue record;
begin
  if new.status not in ('confirmed', 'waitlisted') then
    return new;
  end if;
  select o.number, o.due_on into overdue from overdue_dues_invoice(new.mutual_id, new.member_id) o;
  if found then
    raise exception 'membership dues overdue'
      using errcode = 'MFDUE', column = 'member_id',
            detail = format('The membership dues invoice %s of this firm was due on %s and is not paid: new enrolments are blocked until it is.', overdue.number, overdue.due_on);
  end if;
  return new;
end;
$fn$;

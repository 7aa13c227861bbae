-- Overdue dues can block new enrolments (a setting of the mutual, off by default). A trigger on
-- enrolment rather than a check in the delivery area's use case, so that every path that enrols
-- (the API, substitutions, imports, seeds) obeys it. SQLSTATE MFDUE is answered 409 dues_overdue
-- by http/problem.ts, with the message below.

create function enrolment_refuse_when_dues_overdue() returns trigger language plpgsql as $fn$
declare
  overdue record;
begin
  if new.status not in ('confirmed', 'waitlisted') then
    return new;
  end if;
  if not exists (select 1 from finance_settings where mutual_id = new.mutual_id and block_enrolment_when_dues_overdue) then
    return new;
  end if;
  select i.number, i.due_on into overdue
    from invoice i
   where i.mutual_id = new.mutual_id and i.member_id = new.member_id and i.kind = 'invoice'
     and i.status in ('issued', 'partly_paid')
     and i.due_on < (now() at time zone 'America/Montreal')::date
     and exists (select 1 from invoice_line l where l.invoice_id = i.id and l.kind = 'dues')
   order by i.due_on
   limit 1;
  if found then
    raise exception 'membership dues overdue'
      using errcode = 'MFDUE', column = 'member_id',
            detail = format('The membership dues invoice %s of this firm was due on %s and is not paid: new enrolments are blocked until it is.', overdue.number, overdue.due_on);
  end if;
  return new;
end;
$fn$;
create trigger enrolment_dues_guard before insert on enrolment for each row execute function enrolment_refuse_when_dues_overdue();

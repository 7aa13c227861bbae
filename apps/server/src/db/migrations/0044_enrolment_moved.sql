-- A coordinator moves a participant to another session: the old enrolment becomes 'moved' and
-- points to the new one (replaced_by), so a move is neither a withdrawal nor a late cancellation.
alter table enrolment drop constraint enrolment_status_check;
alter table enrolment add constraint enrolment_status_check
  check (status in ('confirmed', 'waitlisted', 'withdrawn', 'late_cancelled', 'no_show', 'substituted', 'moved'));

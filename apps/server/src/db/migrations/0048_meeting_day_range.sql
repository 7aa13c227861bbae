-- The calendar of sessions reads a mutual's meeting days between two dates.
create index session_meeting_day_mutual_day_idx on session_meeting_day (mutual_id, day);

-- Seats a coordinator reserves by hand for a firm (a session created by hand, or more seats
-- granted on request) stand for no declared need: need_id becomes optional. Such rows carry
-- no pooled cost share (share_cents = standalone_cents = 0) and stay out of the savings.
alter table session_reservation alter column need_id drop not null;
alter table session_reservation add column created_by uuid references app_user(id);
create index session_reservation_session_member_idx on session_reservation (session_id, member_id);

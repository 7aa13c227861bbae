-- Accounts, invitations, password reset, outbox browsing and audit browsing.
create index one_time_token_user_idx on one_time_token (user_id, purpose);
create index outbox_mutual_idx on outbox (mutual_id, created_at desc);
create index audit_log_actor_idx on audit_log (actor_user_id, at desc);
create index audit_log_at_idx on audit_log (at desc);

-- Several instances on one database (issue #14): work is claimed in the database, not in memory.

-- An e-mail is claimed by one sender (SELECT ... FOR UPDATE SKIP LOCKED) until claimed_until; a
-- claim that runs out without an answer means the sender died during the SMTP call: the message is
-- then marked failed (it may have left), never sent again by itself.
alter table outbox add column claimed_until timestamptz;
create index outbox_claimed_idx on outbox (claimed_until) where claimed_until is not null;

-- A pooling run being solved is leased by one instance, which renews the lease while it solves;
-- an expired lease (the instance died) puts the run back in the queue, or fails it after 2 tries.
alter table pooling_run add column claimed_by text;
alter table pooling_run add column lease_until timestamptz;
alter table pooling_run add column attempts integer not null default 0;
create index pooling_run_active_idx on pooling_run (status, created_at) where status in ('queued', 'running');

-- Rate limits count across instances: one row per counted event.
create table rate_limit_hit (
  key text not null,
  at timestamptz not null
);
create index rate_limit_hit_key_at_idx on rate_limit_hit (key, at);

-- Any change to accounts or login sessions bumps this number; every instance compares it with the
-- one its session cache was filled at, once per request.
create table login_session_version (
  id boolean primary key default true check (id),
  version bigint not null default 0
);
insert into login_session_version (id, version) values (true, 0);

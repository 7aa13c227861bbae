-- Pooling runs (one solver run each, with its full input and its plan) and the sessions an
-- accepted plan proposes, with the seats each member reserves per need and its share of the cost.

create table pooling_run (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  label text,
  status text not null default 'queued' check (status in ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  -- the run this one re-runs (same problem, other pins/excludes/policy)
  source_run_id uuid references pooling_run(id),
  -- what the coordinator asked for: periods, policy, need filters
  request jsonb not null default '{}'::jsonb,
  -- the full input problem as the pooling contract defines it (amounts in dollars)
  problem jsonb not null,
  -- pins (sessions forced) and excludes (sessions, needs) applied to the problem before solving
  adjustments jsonb not null default '{}'::jsonb,
  -- state of every need of the problem when it was built (id -> seats/status/updated_at), to detect stale plans
  needs_snapshot jsonb not null default '{}'::jsonb,
  progress jsonb not null default '{}'::jsonb,
  plan jsonb,
  error text,
  created_by uuid not null references app_user(id),
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  accepted_at timestamptz,
  accepted_by uuid references app_user(id)
);
create index pooling_run_mutual_idx on pooling_run (mutual_id, created_at desc);
-- at most one running run per mutual; the others wait in the queue
create unique index pooling_run_one_running_idx on pooling_run (mutual_id) where status = 'running';

-- A session an accepted plan proposes; the delivery work carries it on from 'proposed'.
create table training_session (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  course_id uuid not null references course(id),
  pooling_run_id uuid references pooling_run(id),
  -- the session's id inside the plan ("s3")
  plan_session_id text,
  period text not null,
  -- null for a virtual session
  region_code text,
  seats integer not null check (seats >= 1),
  cost_cents bigint not null check (cost_cents >= 0),
  status text not null default 'proposed',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index training_session_mutual_idx on training_session (mutual_id, period);
create index training_session_run_idx on training_session (pooling_run_id);

-- Seats a member holds in a session for one of its needs, and its share of the session's cost.
create table session_reservation (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  session_id uuid not null references training_session(id) on delete cascade,
  member_id uuid not null references member(id),
  need_id uuid not null references need(id),
  seats integer not null check (seats >= 1),
  share_cents bigint not null check (share_cents >= 0),
  -- what these seats would have cost the member alone (its need's standalone cost, by seats)
  standalone_cents bigint not null check (standalone_cents >= 0),
  created_at timestamptz not null default now(),
  unique (session_id, need_id)
);
create index session_reservation_member_idx on session_reservation (member_id);
create index session_reservation_need_idx on session_reservation (need_id);

-- Retention periods of personal information (Law 25): a mutual's own period for a kind of data
-- (the domain's default otherwise, packages/domain/src/privacy/retention.ts), and the daily purge's
-- runs with what each purged, by kind (mutual_id null: the platform's own data, by default periods).
create table retention_period (
  mutual_id uuid not null references mutual(id),
  kind text not null,
  months integer not null check (months > 0),
  updated_by uuid references app_user(id),
  updated_at timestamptz not null default now(),
  primary key (mutual_id, kind)
);

create table retention_run (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid references mutual(id),
  ran_at timestamptz not null,
  counts jsonb not null
);
create index retention_run_mutual_idx on retention_run (mutual_id, ran_at desc);

-- Foundation: mutuals, accounts and sessions, members, employees, audit and access logs, outbox.
-- Runs unchanged on PostgreSQL 15 and PGlite (PostgreSQL 18). Money is integer cents.

create table mutual (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique,
  name text not null,
  kind text not null check (kind in ('regional', 'sectoral', 'client_subcontractor', 'specific_clientele', 'csmo', 'parity_committee')),
  region_code text,
  scian_code text,
  recognised_since date,
  min_firms_per_session integer not null default 2 check (min_firms_per_session >= 1),
  created_at timestamptz not null default now()
);

create table provider (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  name text not null,
  kind text not null default 'accredited_trainer' check (kind in ('recognised_institution', 'accredited_trainer', 'accredited_body')),
  accreditation_number text,
  email text,
  phone text,
  created_at timestamptz not null default now()
);
create index provider_mutual_idx on provider (mutual_id);

create table member (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  legal_name text not null,
  neq text not null check (neq ~ '^[0-9]{10}$'),
  scian_code text not null,
  region_code text not null,
  headcount integer not null check (headcount >= 0),
  annual_payroll_cents bigint not null check (annual_payroll_cents >= 0),
  status text not null default 'prospect' check (status in ('prospect', 'active', 'lapsed', 'withdrawn')),
  status_changed_on date not null default current_date,
  status_reason text,
  joined_on date,
  left_on date,
  consent_outcome_data boolean not null default false,
  address text,
  city text,
  postal_code text,
  phone text,
  website text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (mutual_id, neq)
);
create index member_mutual_idx on member (mutual_id, legal_name);
create index member_mutual_status_idx on member (mutual_id, status);

create table member_contact (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  member_id uuid not null references member(id),
  name text not null,
  email text,
  phone text,
  role_title text,
  is_primary boolean not null default false,
  created_at timestamptz not null default now()
);
create index member_contact_member_idx on member_contact (member_id);

create table app_user (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  display_name text not null,
  password_hash text,
  locale text not null default 'fr' check (locale in ('fr', 'en')),
  role text not null check (role in ('platform_admin', 'coordinator', 'member_contact', 'trainer', 'board_viewer')),
  mutual_id uuid references mutual(id),
  member_id uuid references member(id),
  provider_id uuid references provider(id),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  last_login_at timestamptz,
  check (role = 'platform_admin' or mutual_id is not null),
  check (role <> 'member_contact' or member_id is not null),
  check (role <> 'trainer' or provider_id is not null)
);
create unique index app_user_email_idx on app_user (lower(email));
create index app_user_mutual_idx on app_user (mutual_id);

create table user_session (
  id text primary key, -- sha-256 of the cookie token, never the token itself
  user_id uuid not null references app_user(id),
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now()
);
create index user_session_user_idx on user_session (user_id);

create table one_time_token (
  token_hash text primary key,
  user_id uuid not null references app_user(id),
  purpose text not null check (purpose in ('invitation', 'password_reset')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

create table employee (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  member_id uuid not null references member(id),
  first_name text not null,
  last_name text not null,
  email text,
  job_title text not null,
  noc_code text not null check (noc_code ~ '^[0-9]{5}$'),
  teer smallint not null check (teer between 0 and 5),
  education_level text not null,
  language text not null default 'fr' check (language in ('fr', 'en')),
  birth_year integer,
  hire_date date not null,
  end_date date,
  end_reason text check (end_reason in ('resignation', 'layoff', 'dismissal', 'retirement', 'end_of_contract', 'other')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (end_date is null or end_date >= hire_date)
);
create index employee_member_idx on employee (member_id, last_name, first_name);
create index employee_mutual_idx on employee (mutual_id, last_name, first_name);

create table wage (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  member_id uuid not null references member(id),
  employee_id uuid not null references employee(id) on delete cascade,
  effective_on date not null,
  hourly_wage_cents integer not null check (hourly_wage_cents > 0),
  created_at timestamptz not null default now(),
  unique (employee_id, effective_on)
);

create table audit_log (
  id bigserial primary key,
  mutual_id uuid references mutual(id),
  member_id uuid references member(id),
  actor_user_id uuid references app_user(id),
  at timestamptz not null default now(),
  action text not null,
  entity_type text not null,
  entity_id text,
  change jsonb not null default '{}'::jsonb
);
create index audit_log_mutual_idx on audit_log (mutual_id, at desc);
create index audit_log_entity_idx on audit_log (entity_type, entity_id, at desc);

create table access_log (
  id bigserial primary key,
  mutual_id uuid references mutual(id),
  actor_user_id uuid references app_user(id),
  at timestamptz not null default now(),
  entity_type text not null,
  entity_ids text[] not null,
  purpose text not null
);
create index access_log_mutual_idx on access_log (mutual_id, at desc);

create table outbox (
  id bigserial primary key,
  mutual_id uuid references mutual(id),
  kind text not null,
  to_address text not null,
  locale text not null default 'fr',
  subject text not null,
  text_body text not null,
  html_body text,
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts integer not null default 0,
  last_error text,
  next_attempt_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index outbox_pending_idx on outbox (status, next_attempt_at);

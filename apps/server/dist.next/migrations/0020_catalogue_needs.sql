-- Training needs and catalogue (issue 3): topics, providers' details, courses and their
-- pending revisions, needs diagnostics, need lines, requests for quotes and their history.
-- Runs on PostgreSQL 15 and PGlite. Money is integer cents; periods are 'YYYY-MM' strings.

-- Topics are per mutual: each mutual gets a copy of the starter list (packages/domain/src/topics)
-- and adds or retires its own without touching another mutual's list.
create table topic (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  code text not null check (code ~ '^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$'),
  parent_id uuid references topic(id),
  name_fr text not null check (length(name_fr) > 0),
  name_en text not null check (length(name_en) > 0),
  noc_codes text[] not null default '{}',
  sort_order integer not null default 0,
  retired_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (mutual_id, code),
  check (parent_id is null or parent_id <> id)
);
create index topic_mutual_idx on topic (mutual_id, sort_order);

alter table provider
  add column regions text[] not null default '{}',
  add column website text,
  add column address text,
  add column contacts jsonb not null default '[]'::jsonb,
  add column notes text not null default '',
  add column active boolean not null default true,
  add column updated_at timestamptz not null default now();

-- A course's columns are its APPROVED version (what pooling reads when status = 'approved').
-- A trainer's changes wait in course_revision until a coordinator approves them.
create table course (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  provider_id uuid not null references provider(id),
  topic_id uuid not null references topic(id),
  status text not null default 'proposed' check (status in ('proposed', 'approved', 'retired')),
  title_fr text not null,
  title_en text not null,
  description_fr text not null default '',
  description_en text not null default '',
  objectives text not null default '',
  content text not null default '',
  duration_hours numeric(6, 2) not null check (duration_hours > 0),
  language text not null check (language in ('fr', 'en')),
  mode text not null check (mode in ('in_person', 'virtual')),
  regions text[] not null default '{}',
  periods text[] not null default '{}',
  fixed_cost_cents bigint not null check (fixed_cost_cents >= 0),
  seat_cost_cents bigint not null check (seat_cost_cents >= 0),
  min_seats integer not null check (min_seats >= 1),
  max_seats integer not null,
  max_sessions_per_period integer not null default 1 check (max_sessions_per_period >= 1),
  approved_at timestamptz,
  approved_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (max_seats >= min_seats)
);
create index course_mutual_idx on course (mutual_id, status, topic_id);
create index course_provider_idx on course (provider_id);

create table course_revision (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  course_id uuid not null references course(id),
  provider_id uuid not null references provider(id),
  proposed jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected', 'superseded')),
  submitted_by uuid references app_user(id),
  submitted_at timestamptz not null default now(),
  decided_by uuid references app_user(id),
  decided_at timestamptz,
  decision_note text
);
create index course_revision_course_idx on course_revision (course_id, submitted_at desc);
create index course_revision_pending_idx on course_revision (mutual_id, status);

create table diagnostic (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  member_id uuid not null references member(id),
  status text not null default 'scheduled' check (status in ('scheduled', 'in_progress', 'completed', 'validated', 'cancelled')),
  scheduled_on date not null,
  conducted_by uuid references app_user(id),
  challenges text not null default '',
  skills_gaps jsonb not null default '[]'::jsonb,
  priorities text not null default '',
  constraints jsonb not null default '{}'::jsonb,
  notes text not null default '',
  started_at timestamptz,
  completed_at timestamptz,
  validated_at timestamptz,
  validated_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index diagnostic_mutual_idx on diagnostic (mutual_id, scheduled_on desc);
create index diagnostic_member_idx on diagnostic (member_id);

create table need (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  member_id uuid not null references member(id),
  topic_id uuid not null references topic(id),
  diagnostic_id uuid references diagnostic(id),
  seats integer not null check (seats >= 1),
  noc_code text check (noc_code ~ '^[0-9]{1,5}$'),
  languages text[] not null check (cardinality(languages) >= 1 and languages <@ array['fr', 'en']::text[]),
  modes text[] not null check (cardinality(modes) >= 1 and modes <@ array['in_person', 'virtual']::text[]),
  region_code text not null,
  periods text[] not null check (
    cardinality(periods) >= 1
    and array_to_string(periods, ',') ~ '^[0-9]{4}-(0[1-9]|1[0-2])(,[0-9]{4}-(0[1-9]|1[0-2]))*$'
  ),
  priority text not null default 'medium' check (priority in ('high', 'medium', 'low')),
  max_price_per_seat_cents bigint check (max_price_per_seat_cents >= 0),
  notes text not null default '',
  status text not null default 'open' check (status in ('proposed', 'open', 'planned', 'scheduled', 'closed', 'withdrawn')),
  status_changed_at timestamptz not null default now(),
  source text not null default 'declared' check (source in ('declared', 'diagnostic', 'import')),
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index need_mutual_status_idx on need (mutual_id, status, topic_id);
create index need_member_idx on need (member_id, status);
create index need_diagnostic_idx on need (diagnostic_id) where diagnostic_id is not null;

-- Named employees of a need; when present they fix its seats.
create table need_employee (
  need_id uuid not null references need(id) on delete cascade,
  employee_id uuid not null references employee(id),
  mutual_id uuid not null references mutual(id),
  member_id uuid not null references member(id),
  primary key (need_id, employee_id)
);
create index need_employee_employee_idx on need_employee (employee_id);

create table quote_request (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  topic_id uuid not null references topic(id),
  title text not null,
  details text not null default '',
  region_code text,
  language text check (language in ('fr', 'en')),
  modes text[] not null default '{}',
  periods text[] not null default '{}',
  seats integer not null check (seats >= 1),
  members_count integer not null default 0 check (members_count >= 0),
  need_ids uuid[] not null default '{}',
  response_due_on date,
  status text not null default 'open' check (status in ('open', 'accepted', 'cancelled')),
  accepted_response_id uuid,
  course_id uuid references course(id),
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index quote_request_mutual_idx on quote_request (mutual_id, created_at desc);

create table quote_request_provider (
  quote_request_id uuid not null references quote_request(id),
  provider_id uuid not null references provider(id),
  mutual_id uuid not null references mutual(id),
  status text not null default 'sent' check (status in ('sent', 'answered', 'declined', 'accepted', 'not_selected')),
  sent_at timestamptz not null default now(),
  answered_at timestamptz,
  primary key (quote_request_id, provider_id)
);
create index quote_request_provider_provider_idx on quote_request_provider (provider_id);

create table quote_response (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  quote_request_id uuid not null references quote_request(id),
  provider_id uuid not null references provider(id),
  fixed_cost_cents bigint not null check (fixed_cost_cents >= 0),
  seat_cost_cents bigint not null check (seat_cost_cents >= 0),
  min_seats integer not null check (min_seats >= 1),
  max_seats integer not null,
  periods text[] not null default '{}',
  duration_hours numeric(6, 2),
  conditions text not null default '',
  status text not null default 'submitted' check (status in ('submitted', 'superseded', 'accepted', 'not_selected')),
  submitted_by uuid references app_user(id),
  submitted_at timestamptz not null default now(),
  check (max_seats >= min_seats)
);
create index quote_response_request_idx on quote_response (quote_request_id, submitted_at);

-- Every step of a request for quote, dated and kept.
create table quote_event (
  id bigserial primary key,
  mutual_id uuid not null references mutual(id),
  quote_request_id uuid not null references quote_request(id),
  provider_id uuid references provider(id),
  at timestamptz not null default now(),
  actor_user_id uuid references app_user(id),
  kind text not null,
  detail jsonb not null default '{}'::jsonb
);
create index quote_event_request_idx on quote_event (quote_request_id, id);

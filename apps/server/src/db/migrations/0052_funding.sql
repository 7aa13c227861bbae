-- The mutual's money, part 3: funders and their programmes (coverage, caps, eligible cost
-- categories and eligibility rules are data), the subsidies taken off invoice lines, claims that
-- gather them per period, and funders' payments against claims. A mutual's funders are its own
-- records (`mutual_funder`), apart from the platform's funder organisations of the observatory (0070).

create table mutual_funder (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  name text not null check (length(name) between 1 and 200),
  kind text not null default 'government' check (kind in ('government', 'sector_committee', 'foundation', 'other')),
  contact_name text not null default '',
  contact_email text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (mutual_id, name),
  unique (id, mutual_id)
);
alter table ledger_account add foreign key (funder_id, mutual_id) references mutual_funder(id, mutual_id);

create table funding_programme (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null,
  funder_id uuid not null,
  name text not null check (length(name) between 1 and 200),
  starts_on date not null,
  ends_on date not null,
  coverage_ppm integer not null check (coverage_ppm between 0 and 1000000),
  eligible_categories text[] not null,
  cap_per_participant_hour_cents bigint check (cap_per_participant_hour_cents >= 0),
  cap_per_activity_cents bigint check (cap_per_activity_cents >= 0),
  cap_per_member_per_year_cents bigint check (cap_per_member_per_year_cents >= 0),
  cap_per_year_cents bigint check (cap_per_year_cents >= 0),
  eligible_size_classes text[] not null default '{}',
  eligible_teer_levels integer[] not null default '{}',
  eligible_regions text[] not null default '{}',
  budget_cents bigint check (budget_cents >= 0),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (funder_id, mutual_id) references mutual_funder(id, mutual_id),
  check (starts_on <= ends_on),
  unique (id, mutual_id)
);
create index funding_programme_mutual_idx on funding_programme (mutual_id, starts_on);

create table funding_claim (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null,
  funder_id uuid not null,
  programme_id uuid not null,
  sequence bigint not null check (sequence > 0),
  number text not null,
  period_from date not null,
  period_to date not null,
  status text not null default 'draft' check (status in ('draft', 'submitted', 'paid', 'partly_refused')),
  claimed_cents bigint not null default 0,
  received_cents bigint not null default 0 check (received_cents >= 0),
  refused_cents bigint not null default 0 check (refused_cents >= 0),
  submitted_on date,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  foreign key (funder_id, mutual_id) references mutual_funder(id, mutual_id),
  foreign key (programme_id, mutual_id) references funding_programme(id, mutual_id),
  check (period_from <= period_to),
  check (received_cents + refused_cents <= greatest(claimed_cents, 0)),
  unique (mutual_id, sequence),
  unique (id, mutual_id)
);
create index funding_claim_mutual_idx on funding_claim (mutual_id, status, created_at);

-- One row per programme per invoice line (negative on a credit note's line).
create table invoice_subsidy (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null,
  invoice_id uuid not null,
  invoice_line_id uuid not null references invoice_line(id),
  member_id uuid not null references member(id),
  session_id uuid references training_session(id),
  programme_id uuid not null,
  funder_id uuid not null,
  granted_on date not null,
  eligible_cents bigint not null,
  cents bigint not null,
  limits text[] not null default '{}',
  claim_id uuid,
  foreign key (invoice_id, mutual_id) references invoice(id, mutual_id),
  foreign key (programme_id, mutual_id) references funding_programme(id, mutual_id),
  foreign key (claim_id, mutual_id) references funding_claim(id, mutual_id)
);
create index invoice_subsidy_line_idx on invoice_subsidy (invoice_line_id);
create index invoice_subsidy_programme_idx on invoice_subsidy (programme_id, granted_on);
create index invoice_subsidy_claim_idx on invoice_subsidy (claim_id) where claim_id is not null;
create index invoice_subsidy_session_idx on invoice_subsidy (session_id, programme_id) where session_id is not null;

create table grant_payment (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null,
  claim_id uuid not null,
  funder_id uuid not null,
  received_on date not null,
  amount_cents bigint not null check (amount_cents >= 0),
  refused_cents bigint not null default 0 check (refused_cents >= 0),
  reference text not null default '',
  entry_id uuid not null references journal_entry(id),
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  foreign key (claim_id, mutual_id) references funding_claim(id, mutual_id),
  foreign key (funder_id, mutual_id) references mutual_funder(id, mutual_id),
  check (amount_cents + refused_cents > 0)
);
create index grant_payment_claim_idx on grant_payment (claim_id);

-- Evidence (issue #12): outcome data, research consent, targeting targets, prospects and the
-- participation questionnaires; the funder and researcher roles. Range 0060–0069 (decision 2).

-- Funders and researchers read aggregates of consenting firms only (never a personal field).
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
  check (role in ('platform_admin', 'coordinator', 'member_contact', 'trainer', 'board_viewer', 'funder', 'researcher'));

-- Prospects: firms the coordinator approaches, from first contact to member (or declined).
create table prospect (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  legal_name text not null,
  neq text check (neq is null or neq ~ '^[0-9]{10}$'),
  scian_code text not null,
  region_code text not null,
  headcount integer not null check (headcount >= 0),
  contact_name text,
  contact_email text,
  contact_phone text,
  stage text not null default 'contacted' check (stage in ('contacted', 'interested', 'diagnosis', 'proposal', 'member', 'declined')),
  stage_changed_on date not null,
  reasons text[] not null default '{}',
  notes text not null default '',
  -- the member record once the prospect joined
  member_id uuid references member(id),
  -- agrees to report the yearly outcome form (a comparison firm)
  reports_outcomes boolean not null default false,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index prospect_mutual_idx on prospect (mutual_id, stage, legal_name);

-- A job class change of an employee (the registry keeps the current one).
create table employee_job_change (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  member_id uuid not null references member(id),
  employee_id uuid not null references employee(id) on delete cascade,
  effective_on date not null,
  job_title text not null,
  noc_code text not null check (noc_code ~ '^[0-9]{5}$'),
  teer smallint not null check (teer between 0 and 5),
  recorded_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (employee_id, effective_on)
);
create index employee_job_change_member_idx on employee_job_change (member_id);

-- One firm's outcomes of one year: the yearly form (token link or in the app), an import, or the seed.
create table firm_year_outcome (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  member_id uuid references member(id),
  prospect_id uuid references prospect(id),
  year integer not null check (year between 1990 and 2100),
  headcount integer not null check (headcount >= 0),
  separations integer not null check (separations >= 0),
  payroll_cents bigint not null check (payroll_cents >= 0),
  hours_worked bigint not null check (hours_worked >= 0),
  productivity_measure text not null check (productivity_measure in ('value_added_per_hour', 'output_per_hour', 'sales_per_employee', 'defect_rate', 'scrap_rate')),
  productivity_value numeric(14, 4) not null check (productivity_value >= 0),
  absenteeism_days numeric(10, 1) not null check (absenteeism_days >= 0),
  work_accidents integer not null check (work_accidents >= 0),
  source text not null check (source in ('form', 'app', 'import', 'seed')),
  submitted_by_user_id uuid references app_user(id),
  submitted_by_name text,
  submitted_at timestamptz not null default now(),
  check ((member_id is null) <> (prospect_id is null))
);
create unique index firm_year_outcome_member_idx on firm_year_outcome (member_id, year) where member_id is not null;
create unique index firm_year_outcome_prospect_idx on firm_year_outcome (prospect_id, year) where prospect_id is not null;
create index firm_year_outcome_mutual_idx on firm_year_outcome (mutual_id, year);

-- A personal link to a firm's yearly outcome form (only the token's hash is kept).
create table outcome_request (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  member_id uuid references member(id),
  prospect_id uuid references prospect(id),
  year integer not null,
  to_address text not null,
  locale text not null default 'fr' check (locale in ('fr', 'en')),
  token_hash text not null unique,
  sent_at timestamptz not null default now(),
  closes_on date not null,
  answered_at timestamptz,
  created_by uuid references app_user(id),
  check ((member_id is null) <> (prospect_id is null))
);
create index outcome_request_mutual_idx on outcome_request (mutual_id, year);

-- Each firm's consent to research use: every decision kept (who, when, what), the last one counts.
create table firm_research_consent (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  member_id uuid references member(id),
  prospect_id uuid references prospect(id),
  granted boolean not null,
  statement_version text not null,
  given_by_name text not null,
  given_by_title text,
  via text not null check (via in ('app', 'form', 'paper', 'seed')),
  recorded_by uuid references app_user(id),
  at timestamptz not null default now(),
  check ((member_id is null) <> (prospect_id is null))
);
create index firm_research_consent_member_idx on firm_research_consent (member_id, at desc) where member_id is not null;
create index firm_research_consent_prospect_idx on firm_research_consent (prospect_id, at desc) where prospect_id is not null;
create index firm_research_consent_mutual_idx on firm_research_consent (mutual_id);

-- The board's targeting targets and the assumptions of the return on investment.
create table evidence_setting (
  mutual_id uuid primary key references mutual(id),
  target_micro_small_firms_pct integer not null default 70 check (target_micro_small_firms_pct between 0 and 100),
  target_micro_firms_pct integer not null default 30 check (target_micro_firms_pct between 0 and 100),
  target_low_skilled_pct integer not null default 40 check (target_low_skilled_pct between 0 and 100),
  replacement_cost_pct integer not null default 20 check (replacement_cost_pct between 0 and 200),
  updated_by uuid references app_user(id),
  updated_at timestamptz not null default now()
);

-- Why firms join, stay, leave or never join: questionnaires by personal link.
create table participation_questionnaire (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  kind text not null check (kind in ('joining', 'renewal', 'exit', 'prospect')),
  member_id uuid references member(id),
  prospect_id uuid references prospect(id),
  to_address text not null,
  locale text not null default 'fr' check (locale in ('fr', 'en')),
  token_hash text unique,
  sent_at timestamptz not null default now(),
  closes_on date not null,
  answered_at timestamptz,
  answers jsonb,
  created_by uuid references app_user(id),
  check ((member_id is null) <> (prospect_id is null))
);
create index participation_questionnaire_mutual_idx on participation_questionnaire (mutual_id, kind, sent_at desc);

-- Evidence reads: trainings by employee and wages by member (the dashboard of a large mutual).
create index attestation_mutual_employee_idx on attestation (mutual_id, employee_id, date_to);
create index wage_mutual_idx on wage (mutual_id, employee_id, effective_on);

-- Governance, ecosystem and the observatory (issue #13). Range 0070–0079 (decision 2).

-- The funder and researcher roles. They look across mutuals (the observatory) and have no mutual
-- of their own: a funder's account names its funder organisation, a researcher's names nothing
-- (decision 34). The role list is the same statement as the evidence module's (0060), so either
-- may run first.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
  check (role in ('platform_admin', 'coordinator', 'member_contact', 'trainer', 'board_viewer', 'funder', 'researcher'));
alter table app_user drop constraint app_user_check;
alter table app_user add constraint app_user_mutual_check check (role in ('platform_admin', 'funder', 'researcher') or mutual_id is not null);

create table funder (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  kind text not null check (kind in ('government', 'foundation', 'sector_fund', 'other')),
  created_at timestamptz not null default now()
);
create unique index funder_name_idx on funder (lower(name));

alter table app_user add column funder_id uuid references funder(id);
alter table app_user add constraint app_user_funder_check check (role <> 'funder' or funder_id is not null);

-- The mutuals a funder funds: its accounts see them in the observatory.
create table funder_mutual (
  funder_id uuid not null references funder(id) on delete cascade,
  mutual_id uuid not null references mutual(id),
  created_at timestamptz not null default now(),
  primary key (funder_id, mutual_id)
);
create index funder_mutual_mutual_idx on funder_mutual (mutual_id);

-- A mutual's decision to let researchers see its aggregate indicators.
create table research_consent (
  mutual_id uuid primary key references mutual(id),
  consented boolean not null,
  decided_on date not null,
  decided_by uuid references app_user(id),
  note text not null default ''
);

-- The recognition file (s.4–5): one per mutual; its basis is mutual.kind.
create table recognition_file (
  mutual_id uuid primary key references mutual(id),
  legal_name text not null default '',
  neq text not null default '' check (neq = '' or neq ~ '^[0-9]{10}$'),
  incorporated_on date,
  address text not null default '',
  skills_problems text not null default '',
  pooling_rationale text not null default '',
  collaboration text not null default '',
  viable_members integer check (viable_members is null or viable_members > 0),
  viability_budget_cents bigint check (viability_budget_cents is null or viability_budget_cents >= 0),
  viability_activity text not null default '',
  resolution_body text not null default '',
  resolution_adopted_on date,
  resolution_reference text not null default '',
  updated_by uuid references app_user(id),
  updated_at timestamptz not null default now()
);

-- The recognition's history (s.7): each step moves the status; a notice carries its answer deadline.
create table recognition_event (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  kind text not null check (kind in ('applied', 'recognised', 'refused', 'notice_given', 'suspended', 'revoked', 'restored')),
  occurred_on date not null,
  answer_due_on date,
  note text not null default '',
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  check (kind <> 'notice_given' or answer_due_on >= occurred_on + 10)
);
create index recognition_event_mutual_idx on recognition_event (mutual_id, occurred_on, created_at);

-- Documents of the recognition file, its steps, board meetings and partner agreements.
create table governance_document (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  owner_kind text not null check (owner_kind in ('recognition_file', 'recognition_event', 'board_meeting', 'partner_agreement')),
  owner_id uuid not null,
  filename text not null,
  content_type text not null,
  size_bytes integer not null,
  content bytea not null,
  uploaded_by uuid references app_user(id),
  uploaded_at timestamptz not null default now()
);
create index governance_document_owner_idx on governance_document (mutual_id, owner_kind, owner_id);

-- The board (s.3): seats the bylaws provide, members with their terms, meetings.
create table board_seat (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  kind text not null check (kind in ('employer', 'workforce', 'other')),
  label text not null,
  position integer not null default 0,
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create index board_seat_mutual_idx on board_seat (mutual_id, position);

create table board_member (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  seat_id uuid not null references board_seat(id),
  name text not null,
  organisation text not null default '',
  member_id uuid references member(id),
  email text,
  office text not null default 'director' check (office in ('chair', 'vice_chair', 'secretary', 'treasurer', 'director')),
  term_start date not null,
  term_end date,
  user_id uuid references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (term_end is null or term_end >= term_start)
);
create index board_member_mutual_idx on board_member (mutual_id, term_start);
create index board_member_user_idx on board_member (user_id) where user_id is not null;

create table board_meeting (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  held_on date not null,
  kind text not null default 'regular' check (kind in ('regular', 'special', 'annual_general')),
  held boolean not null default true,
  agenda text not null default '',
  minutes text not null default '',
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index board_meeting_mutual_idx on board_meeting (mutual_id, held_on desc);

create table board_attendance (
  meeting_id uuid not null references board_meeting(id) on delete cascade,
  board_member_id uuid not null references board_member(id),
  mutual_id uuid not null references mutual(id),
  present boolean not null,
  primary key (meeting_id, board_member_id)
);
create index board_attendance_member_idx on board_attendance (board_member_id);

create table board_decision (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references board_meeting(id) on delete cascade,
  mutual_id uuid not null references mutual(id),
  position integer not null,
  text text not null,
  outcome text not null check (outcome in ('adopted', 'rejected', 'deferred')),
  created_at timestamptz not null default now()
);
create index board_decision_meeting_idx on board_decision (meeting_id, position);

-- Leaders and their involvement over time.
create table leader (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  name text not null,
  role text not null check (role in ('chair', 'coordinator', 'champion')),
  member_id uuid references member(id),
  board_member_id uuid references board_member(id),
  email text,
  since date not null,
  until date,
  created_at timestamptz not null default now(),
  check (until is null or until >= since)
);
create index leader_mutual_idx on leader (mutual_id, since);

create table leader_contribution (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  leader_id uuid not null references leader(id) on delete cascade,
  kind text not null check (kind in ('meeting', 'recruitment', 'resource')),
  occurred_on date not null,
  member_id uuid references member(id),
  amount_cents bigint check (amount_cents is null or amount_cents >= 0),
  note text not null default '',
  created_at timestamptz not null default now()
);
create index leader_contribution_leader_idx on leader_contribution (leader_id, occurred_on);
create index leader_contribution_mutual_idx on leader_contribution (mutual_id, occurred_on);

-- The ecosystem: partner organisations, the support they give, agreements and contacts.
create table partner (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  name text not null,
  kind text not null check (kind in ('csmo', 'college', 'school_service_centre', 'services_quebec', 'employer_association', 'chamber_of_commerce', 'funder', 'trainer', 'other')),
  website text not null default '',
  notes text not null default '',
  since date not null,
  until date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (until is null or until >= since)
);
create index partner_mutual_idx on partner (mutual_id, name);

create table partner_support (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  partner_id uuid not null references partner(id) on delete cascade,
  kind text not null check (kind in ('material', 'organisational', 'financial')),
  description text not null,
  amount_cents bigint check (amount_cents is null or amount_cents >= 0),
  starts_on date not null,
  ends_on date,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  check (ends_on is null or ends_on >= starts_on),
  check (kind <> 'financial' or amount_cents is not null)
);
create index partner_support_partner_idx on partner_support (partner_id, starts_on);
create index partner_support_mutual_idx on partner_support (mutual_id, starts_on);

create table partner_agreement (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  partner_id uuid not null references partner(id) on delete cascade,
  title text not null,
  signed_on date,
  starts_on date not null,
  ends_on date,
  notes text not null default '',
  created_at timestamptz not null default now(),
  check (ends_on is null or ends_on >= starts_on)
);
create index partner_agreement_partner_idx on partner_agreement (partner_id);

create table partner_contact (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  partner_id uuid not null references partner(id) on delete cascade,
  name text not null,
  role_title text not null default '',
  email text,
  phone text,
  created_at timestamptz not null default now()
);
create index partner_contact_partner_idx on partner_contact (partner_id);

-- The board's thresholds for the scorecard (an indicator without a row uses its default).
create table scorecard_threshold (
  mutual_id uuid not null references mutual(id),
  indicator text not null,
  green numeric not null,
  amber numeric not null,
  set_by uuid references app_user(id),
  set_at timestamptz not null default now(),
  primary key (mutual_id, indicator)
);

-- Firms and workers reached each year, from the annual activity report (s.16) for the years before
-- Mutualis; a year without a row is computed from the sessions held in Mutualis.
create table activity_year (
  mutual_id uuid not null references mutual(id),
  year integer not null check (year between 1990 and 2100),
  firms_served integer not null check (firms_served >= 0),
  micro_small_firms_served integer not null check (micro_small_firms_served between 0 and firms_served),
  workers_served integer not null check (workers_served >= 0),
  low_skilled_workers_served integer not null check (low_skilled_workers_served between 0 and workers_served),
  updated_by uuid references app_user(id),
  updated_at timestamptz not null default now(),
  primary key (mutual_id, year)
);

-- Emulation scenarios: a funder's belong to its organisation, anyone else's to their author.
create table emulation_scenario (
  id uuid primary key default gen_random_uuid(),
  owner_funder_id uuid references funder(id),
  created_by uuid not null references app_user(id),
  name text not null,
  territory text not null,
  region_code text,
  scian_code text,
  firm_counts jsonb not null,
  assumptions jsonb not null,
  status text not null default 'draft' check (status in ('draft', 'done', 'failed')),
  result jsonb,
  error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index emulation_scenario_funder_idx on emulation_scenario (owner_funder_id, updated_at desc);
create index emulation_scenario_author_idx on emulation_scenario (created_by, updated_at desc);

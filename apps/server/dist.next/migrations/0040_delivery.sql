-- Delivery: carries training_session (created by pooling, 0030, or by hand) from proposed to
-- evaluated: lifecycle history, meeting days, enrolment with waitlist, attendance, results,
-- attestations (s.14), the activity register (s.15), calendar feeds and questionnaires.

-- Mutual settings used by delivery.
alter table mutual
  add column withdrawal_deadline_days integer not null default 10 check (withdrawal_deadline_days between 0 and 120),
  add column go_no_go_days integer not null default 21 check (go_no_go_days between 0 and 365),
  add column completion_threshold_pct integer not null default 80 check (completion_threshold_pct between 1 and 100),
  add column attestation_seq integer not null default 0;

-- Lifecycle, schedule and people of a session (the course gives defaults where these are null).
alter table training_session
  add column title text,
  add column language text check (language in ('fr', 'en')),
  add column seats_min integer check (seats_min >= 1),
  add column seats_max integer check (seats_max >= 1),
  add column go_no_go_date date,
  add column go_no_go_alerted_at timestamptz,
  add column place text,
  add column virtual_link text,
  add column provider_id uuid references provider(id),
  add column trainer_user_id uuid references app_user(id),
  add column trainer_name text,
  add column single_firm boolean not null default false,
  add column override_reason text,
  add column cancel_reason text,
  add column cancelled_at timestamptz,
  add column sequence integer not null default 0,
  add column notes text not null default '',
  add column created_by uuid references app_user(id);
alter table training_session add constraint training_session_status_check
  check (status in ('proposed', 'confirmed', 'scheduled', 'in_delivery', 'delivered', 'evaluated', 'cancelled'));
alter table training_session add constraint training_session_seat_range_check
  check (seats_min is null or seats_max is null or seats_max >= seats_min);
create index training_session_status_idx on training_session (mutual_id, status);
create index training_session_provider_idx on training_session (provider_id);

-- History of a session: every transition and change, never deleted.
create table session_event (
  id bigserial primary key,
  mutual_id uuid not null references mutual(id),
  session_id uuid not null references training_session(id),
  at timestamptz not null default now(),
  actor_user_id uuid references app_user(id),
  kind text not null check (kind in ('created', 'transition', 'change', 'go_no_go_alert', 'reservation')),
  from_status text,
  to_status text,
  reason text,
  detail jsonb not null default '{}'::jsonb
);
create index session_event_session_idx on session_event (session_id, id);

create table session_meeting_day (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  session_id uuid not null references training_session(id),
  day date not null,
  starts_at text not null check (starts_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  ends_at text not null check (ends_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  hours numeric(5, 2) not null check (hours > 0 and hours <= 24),
  unique (session_id, day, starts_at),
  check (ends_at > starts_at)
);
create index session_meeting_day_session_idx on session_meeting_day (session_id, day);

create sequence enrolment_position_seq;
create table enrolment (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  session_id uuid not null references training_session(id),
  member_id uuid not null references member(id),
  employee_id uuid not null references employee(id),
  status text not null check (status in ('confirmed', 'waitlisted', 'withdrawn', 'late_cancelled', 'no_show', 'substituted')),
  -- arrival order: the waitlist is served in this order
  position bigint not null default nextval('enrolment_position_seq'),
  outcome text check (outcome in ('passed', 'not_passed')),
  score numeric(5, 2) check (score >= 0 and score <= 100),
  result_note text,
  replaced_by uuid references enrolment(id),
  enrolled_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  status_changed_at timestamptz not null default now(),
  status_reason text,
  reminder_sent_at timestamptz
);
create unique index enrolment_active_idx on enrolment (session_id, employee_id) where status in ('confirmed', 'waitlisted');
create index enrolment_session_idx on enrolment (session_id, status, position);
create index enrolment_member_idx on enrolment (member_id, session_id);
create index enrolment_employee_idx on enrolment (employee_id);

create table attendance (
  enrolment_id uuid not null references enrolment(id),
  meeting_day_id uuid not null references session_meeting_day(id),
  mutual_id uuid not null references mutual(id),
  session_id uuid not null references training_session(id),
  present boolean not null,
  hours numeric(5, 2) not null check (hours >= 0 and hours <= 24),
  recorded_by uuid references app_user(id),
  recorded_at timestamptz not null default now(),
  primary key (enrolment_id, meeting_day_id)
);
create index attendance_session_idx on attendance (session_id);

-- Attestations of participation (s.14): a snapshot of what they state, reissuable.
create table attestation (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  number text not null unique,
  enrolment_id uuid not null unique references enrolment(id),
  session_id uuid not null references training_session(id),
  member_id uuid not null references member(id),
  employee_id uuid not null references employee(id),
  participant_name text not null,
  course_title_fr text not null,
  course_title_en text not null,
  provider_name text,
  date_from date not null,
  date_to date not null,
  hours numeric(6, 2) not null,
  issued_at timestamptz not null default now(),
  reissued_at timestamptz,
  reissue_count integer not null default 0
);
create index attestation_member_idx on attestation (member_id, issued_at desc);
create index attestation_employee_idx on attestation (employee_id);
create index attestation_session_idx on attestation (session_id);

-- Activity register (s.15): what the coordinator states; null = take it from the course/session.
create table session_register (
  session_id uuid primary key references training_session(id),
  mutual_id uuid not null references mutual(id),
  title text,
  objectives text,
  content text,
  duration_hours numeric(6, 2) check (duration_hours > 0),
  provider_or_trainer text,
  cost_cents bigint check (cost_cents >= 0),
  evaluation_result text,
  updated_by uuid references app_user(id),
  updated_at timestamptz not null default now()
);

-- Private calendar feed URLs (only the token's hash is kept).
create table calendar_feed (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  token_hash text not null unique,
  kind text not null check (kind in ('trainer', 'member', 'participant')),
  user_id uuid references app_user(id),
  provider_id uuid references provider(id),
  member_id uuid references member(id),
  employee_id uuid references employee(id),
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  check (kind <> 'trainer' or provider_id is not null),
  check (kind <> 'member' or member_id is not null),
  check (kind <> 'participant' or employee_id is not null)
);

-- Evaluation questionnaires: levels 1 and 2 per participant, level 3 per member contact.
create table questionnaire (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  session_id uuid not null references training_session(id),
  level smallint not null check (level in (1, 2, 3)),
  enrolment_id uuid references enrolment(id),
  member_id uuid not null references member(id),
  to_address text,
  locale text not null default 'fr' check (locale in ('fr', 'en')),
  token_hash text unique,
  send_on date not null,
  closes_on date,
  sent_at timestamptz,
  answered_at timestamptz,
  answers jsonb,
  created_at timestamptz not null default now(),
  check (level = 3 or enrolment_id is not null)
);
create unique index questionnaire_participant_idx on questionnaire (enrolment_id, level) where enrolment_id is not null;
create unique index questionnaire_member_idx on questionnaire (session_id, member_id) where level = 3;
create index questionnaire_due_idx on questionnaire (send_on) where sent_at is null;

-- A person's consents (Law 25): each record says what one employee agreed to or withdrew, who
-- recorded it, when and how. Insert-only: a withdrawal is a new record; the latest of a kind counts.
create table person_consent (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  employee_id uuid not null references employee(id),
  kind text not null,
  granted boolean not null,
  method text not null,
  note text not null default '',
  recorded_by uuid references app_user(id),
  recorded_at timestamptz not null
);
create index person_consent_employee_idx on person_consent (employee_id, recorded_at desc);

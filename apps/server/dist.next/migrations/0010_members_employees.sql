-- Members and employees: accent-insensitive search keys, list indexes for 20,000 firms and
-- 500,000 employees, and the server-side store of employee import previews.

-- Folded search keys, kept by PostgreSQL itself (generated columns: also right for rows that
-- tests or seeds insert directly). lower() + translate() fold case and French accents; the
-- application folds the search term the same way (domain foldForSearch).
alter table member add column search_key text generated always as (
  translate(lower(legal_name), 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoa') || ' ' || neq
) stored;

alter table employee add column search_key text generated always as (
  translate(lower(first_name || ' ' || last_name || ' ' || coalesce(email, '')), 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoa')
) stored;

-- Member lists: filters and sorts within a mutual.
create index member_mutual_region_idx on member (mutual_id, region_code);
create index member_mutual_scian_idx on member (mutual_id, scian_code);
create index member_mutual_headcount_idx on member (mutual_id, headcount);
create index member_mutual_payroll_idx on member (mutual_id, annual_payroll_cents);
create index member_mutual_joined_idx on member (mutual_id, joined_on);

-- Employee lists: current employees by member and across the mutual, sorted by name; import matching.
create index employee_member_current_idx on employee (member_id, last_name, first_name, id) where end_date is null;
create index employee_mutual_current_idx on employee (mutual_id, last_name, first_name, id) where end_date is null;
create index employee_member_email_idx on employee (member_id, lower(email)) where email is not null;
create index employee_mutual_hire_idx on employee (mutual_id, hire_date);

-- Wages: the latest wage of an employee.
create index wage_employee_idx on wage (employee_id, effective_on desc);
create index wage_member_idx on wage (member_id);

-- Audit history of one member (member and its contacts).
create index audit_log_member_idx on audit_log (member_id, at desc) where member_id is not null;

-- Employee import previews: the validated rows wait here until committed or expired.
create table employee_import (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  member_id uuid not null references member(id),
  created_by uuid references app_user(id),
  filename text not null,
  status text not null default 'preview' check (status in ('preview', 'committed')),
  row_count integer not null,
  error_count integer not null,
  rows jsonb not null,
  errors jsonb not null,
  ignored_columns jsonb not null default '[]'::jsonb,
  present_fields jsonb not null default '[]'::jsonb, -- the fields the file has: an update leaves the others alone
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  committed_at timestamptz
);
create index employee_import_member_idx on employee_import (member_id, created_at desc);

-- The mutual's money, part 4: what members declare for their 1 % statement (payroll and other
-- training spending, per calendar year) and the state of each fiscal year's annual report.

create table one_percent_declaration (
  mutual_id uuid not null references mutual(id),
  member_id uuid not null references member(id),
  year integer not null check (year between 2000 and 2100),
  payroll_cents bigint not null check (payroll_cents >= 0),
  other_spending_cents bigint not null default 0 check (other_spending_cents >= 0),
  remittance_invoice_id uuid references invoice(id),
  declared_by uuid references app_user(id),
  declared_at timestamptz not null default now(),
  primary key (member_id, year)
);
create index one_percent_declaration_mutual_idx on one_percent_declaration (mutual_id, year);

create table annual_report (
  mutual_id uuid not null references mutual(id),
  fiscal_year_start date not null,
  status text not null default 'in_progress' check (status in ('in_progress', 'submitted')),
  submitted_on date,
  submitted_by uuid references app_user(id),
  updated_at timestamptz not null default now(),
  primary key (mutual_id, fiscal_year_start),
  check ((status = 'submitted') = (submitted_on is not null))
);

-- The mutual's money, part 2: dues schedules, member invoices and credit notes (numbered without
-- gaps per mutual through finance_counter), their lines and the subsidies taken off them,
-- payments, and providers' bills. Each document row points at the journal entry that posted it.

create table dues_schedule (
  mutual_id uuid primary key references mutual(id),
  basis text not null default 'flat' check (basis in ('flat', 'size_class', 'payroll_band')),
  flat_cents bigint check (flat_cents >= 0),
  by_size_class jsonb not null default '{}',
  by_payroll jsonb not null default '[]',
  prorate boolean not null default true,
  updated_at timestamptz not null default now(),
  updated_by uuid references app_user(id)
);

create table invoice (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  member_id uuid not null references member(id),
  kind text not null check (kind in ('invoice', 'credit_note')),
  sequence bigint not null check (sequence > 0),
  number text not null,
  issued_on date not null,
  due_on date,
  status text not null check (status in ('issued', 'partly_paid', 'paid', 'credited')),
  credits_invoice_id uuid references invoice(id),
  reason text,
  language text not null default 'fr' check (language in ('fr', 'en')),
  member_name text not null,
  member_address text,
  gst_number text,
  qst_number text,
  gross_cents bigint not null,
  subsidy_cents bigint not null,
  net_cents bigint not null,
  taxable_cents bigint not null,
  gst_cents bigint not null,
  qst_cents bigint not null,
  total_cents bigint not null,
  paid_cents bigint not null default 0 check (paid_cents >= 0),
  credited_cents bigint not null default 0 check (credited_cents >= 0),
  entry_id uuid not null references journal_entry(id),
  reminders_sent integer not null default 0,
  last_reminder_on date,
  sent_at timestamptz,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  check (total_cents = net_cents + gst_cents + qst_cents),
  check (net_cents = gross_cents - subsidy_cents),
  check ((kind = 'invoice') = (credits_invoice_id is null)),
  unique (mutual_id, kind, sequence),
  unique (mutual_id, number),
  unique (id, mutual_id)
);
create index invoice_member_idx on invoice (mutual_id, member_id, issued_on);
create index invoice_open_idx on invoice (mutual_id, due_on) where status in ('issued', 'partly_paid');
create index invoice_credits_idx on invoice (credits_invoice_id) where credits_invoice_id is not null;

create table invoice_line (
  id uuid primary key default gen_random_uuid(),
  invoice_id uuid not null,
  mutual_id uuid not null,
  member_id uuid not null references member(id),
  position integer not null,
  kind text not null check (kind in ('dues', 'session_share', 'late_cancellation_fee', 'no_show_fee', 'one_percent_remittance', 'other')),
  description_fr text not null,
  description_en text not null,
  session_id uuid references training_session(id),
  quantity integer,
  dues_year_start date,
  remittance_year integer,
  gross_cents bigint not null,
  subsidy_cents bigint not null default 0,
  net_cents bigint not null,
  taxable boolean not null,
  -- on a credit note: the invoice line it reverses (each line is reversed at most once)
  credits_line_id uuid references invoice_line(id),
  foreign key (invoice_id, mutual_id) references invoice(id, mutual_id),
  check (net_cents = gross_cents - subsidy_cents)
);
create index invoice_line_invoice_idx on invoice_line (invoice_id);
create unique index invoice_line_credits_idx on invoice_line (credits_line_id) where credits_line_id is not null;
create index invoice_line_session_idx on invoice_line (session_id, member_id) where session_id is not null;
create index invoice_line_dues_idx on invoice_line (mutual_id, dues_year_start, member_id) where dues_year_start is not null;

create table payment (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  member_id uuid not null references member(id),
  invoice_id uuid not null,
  received_on date not null,
  amount_cents bigint not null check (amount_cents > 0),
  method text not null check (method in ('cheque', 'transfer', 'card', 'cash', 'other')),
  reference text not null default '',
  entry_id uuid not null references journal_entry(id),
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  foreign key (invoice_id, mutual_id) references invoice(id, mutual_id)
);
create index payment_invoice_idx on payment (invoice_id);
create index payment_member_idx on payment (mutual_id, member_id, received_on);

create table provider_bill (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  session_id uuid not null unique references training_session(id),
  provider_id uuid not null references provider(id),
  sequence bigint not null check (sequence > 0),
  number text not null,
  provider_reference text not null default '',
  billed_on date not null,
  fixed_cents bigint not null check (fixed_cents >= 0),
  seat_cents bigint not null check (seat_cents >= 0),
  seats integer not null check (seats >= 0),
  cost_cents bigint not null check (cost_cents >= 0),
  gst_cents bigint not null check (gst_cents >= 0),
  qst_cents bigint not null check (qst_cents >= 0),
  total_cents bigint not null,
  taxable boolean not null,
  status text not null default 'received' check (status in ('received', 'approved', 'paid')),
  approved_on date,
  approved_by uuid references app_user(id),
  entry_id uuid references journal_entry(id),
  paid_on date,
  payment_reference text not null default '',
  payment_entry_id uuid references journal_entry(id),
  created_at timestamptz not null default now(),
  check (total_cents = cost_cents + gst_cents + qst_cents),
  check ((status = 'received') = (entry_id is null)),
  check ((status = 'paid') = (payment_entry_id is not null)),
  unique (mutual_id, sequence),
  unique (id, mutual_id)
);
create index provider_bill_status_idx on provider_bill (mutual_id, status, billed_on);

-- The mutual's money (issue #11), part 1: settings, the chart of accounts and the journal.
-- The journal is insert-only and every entry balances: the application checks it (domain
-- ledger.ts) and the database makes anything else impossible:
--   * an entry or a line can never be updated or deleted (corrections are reversing entries);
--   * a line can only be added to an entry created in the same transaction;
--   * at commit, each new entry has at least two lines and its debits equal its credits
--     (a deferred constraint trigger, so an entry and its lines are written in any order);
--   * an entry dated on or before the mutual's closed_through is refused (SQLSTATE MFPER,
--     answered 409 period_closed), and closed_through only moves forward.
-- Runs on PostgreSQL 15 and PGlite. Money is bigint cents; rates integers in millionths.

create table finance_settings (
  mutual_id uuid primary key references mutual(id),
  fiscal_year_start_month smallint not null default 1 check (fiscal_year_start_month between 1 and 12),
  closed_through date,
  gst_number text,
  qst_number text,
  gst_ppm integer not null default 50000 check (gst_ppm between 0 and 1000000),
  qst_ppm integer not null default 99750 check (qst_ppm between 0 and 1000000),
  taxable_kinds text[] not null default '{session_share,late_cancellation_fee,no_show_fee,other}',
  invoice_timing text not null default 'delivered' check (invoice_timing in ('delivered', 'confirmed')),
  allocation_rule text not null default 'per_seat' check (allocation_rule in ('per_seat', 'fixed_equal_by_firm', 'small_firm_discount')),
  small_firm_discount_ppm integer not null default 250000 check (small_firm_discount_ppm between 0 and 900000),
  payment_terms_days integer not null default 30 check (payment_terms_days between 0 and 365),
  reminder_days integer[] not null default '{7,30,60}',
  free_until_days_before integer not null default 10 check (free_until_days_before between 0 and 365),
  late_fee_ppm integer not null default 500000 check (late_fee_ppm between 0 and 1000000),
  no_show_fee_ppm integer not null default 0 check (no_show_fee_ppm between 0 and 1000000),
  block_enrolment_when_dues_overdue boolean not null default false,
  provider_bills_taxable boolean not null default true,
  cessation_interest_ppm integer not null default 30000 check (cessation_interest_ppm between 0 and 1000000),
  updated_at timestamptz not null default now(),
  updated_by uuid references app_user(id)
);

-- Sequences without gaps per mutual (journal entries, invoices, credit notes, bills, claims):
-- a row locked by the transaction that takes numbers, so a rolled-back transaction gives them back.
create table finance_counter (
  mutual_id uuid not null references mutual(id),
  series text not null check (series in ('entry', 'invoice', 'credit_note', 'provider_bill', 'claim')),
  last_value bigint not null default 0 check (last_value >= 0),
  primary key (mutual_id, series)
);

create table ledger_account (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  code text not null check (code ~ '^[1-5][0-9]{3,5}$'),
  role text,
  kind text not null check (kind in ('asset', 'liability', 'equity', 'revenue', 'expense')),
  name_fr text not null check (length(name_fr) between 1 and 200),
  name_en text not null check (length(name_en) between 1 and 200),
  funder_id uuid,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (mutual_id, code),
  unique (id, mutual_id)
);
create unique index ledger_account_role_idx on ledger_account (mutual_id, role) where role is not null;
create unique index ledger_account_funder_idx on ledger_account (mutual_id, funder_id) where funder_id is not null;

create table journal_entry (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  number bigint not null check (number > 0),
  entry_date date not null,
  voucher_kind text not null check (voucher_kind in ('invoice', 'credit_note', 'payment', 'provider_bill', 'bill_payment', 'grant_payment', 'claim', 'reversal', 'opening', 'adjustment')),
  voucher_id uuid,
  voucher_number text,
  description text not null,
  reverses_entry_id uuid references journal_entry(id),
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  tx_id bigint not null default txid_current(),
  unique (mutual_id, number),
  unique (id, mutual_id)
);
create unique index journal_entry_reversal_idx on journal_entry (reverses_entry_id) where reverses_entry_id is not null;
create index journal_entry_mutual_date_idx on journal_entry (mutual_id, entry_date, number);
create index journal_entry_voucher_idx on journal_entry (mutual_id, voucher_kind, voucher_id);

create table journal_line (
  id bigint generated always as identity primary key,
  entry_id uuid not null,
  mutual_id uuid not null,
  account_id uuid not null,
  -- copied from the entry by the insert trigger, so that balances by date need no join
  entry_date date not null default '1900-01-01',
  debit_cents bigint not null default 0,
  credit_cents bigint not null default 0,
  member_id uuid references member(id),
  session_id uuid references training_session(id),
  funder_id uuid,
  memo text not null default '',
  foreign key (entry_id, mutual_id) references journal_entry(id, mutual_id),
  foreign key (account_id, mutual_id) references ledger_account(id, mutual_id),
  check (debit_cents >= 0 and credit_cents >= 0 and (debit_cents = 0) <> (credit_cents = 0))
);
create index journal_line_entry_idx on journal_line (entry_id);
create index journal_line_account_idx on journal_line (mutual_id, account_id, entry_date);
create index journal_line_member_idx on journal_line (member_id, entry_date) where member_id is not null;

create function ledger_refuse_change() returns trigger language plpgsql as $fn$
begin
  raise exception 'journal entries and lines are never changed or deleted: post a reversing entry'
    using errcode = 'P0001';
end;
$fn$;
create trigger journal_entry_no_update before update or delete on journal_entry for each row execute function ledger_refuse_change();
create trigger journal_line_no_update before update or delete on journal_line for each row execute function ledger_refuse_change();

create function ledger_check_entry_date() returns trigger language plpgsql as $fn$
declare
  closed date;
begin
  select closed_through into closed from finance_settings where mutual_id = new.mutual_id;
  if closed is not null and new.entry_date <= closed then
    raise exception 'the books are closed through %', closed
      using errcode = 'MFPER', column = 'entry_date', detail = format('The books are closed through %s: date the entry after it.', closed);
  end if;
  return new;
end;
$fn$;
create trigger journal_entry_open_period before insert on journal_entry for each row execute function ledger_check_entry_date();

create function ledger_line_of_new_entry() returns trigger language plpgsql as $fn$
declare
  entry record;
begin
  select tx_id, entry_date into entry from journal_entry where id = new.entry_id;
  if entry.tx_id is distinct from txid_current() then
    raise exception 'lines are added only to an entry of the same transaction' using errcode = 'P0001';
  end if;
  new.entry_date := entry.entry_date;
  return new;
end;
$fn$;
create trigger journal_line_same_transaction before insert on journal_line for each row execute function ledger_line_of_new_entry();

create function ledger_check_balance() returns trigger language plpgsql as $fn$
declare
  lines integer;
  debits bigint;
  credits bigint;
begin
  select count(*), coalesce(sum(debit_cents), 0), coalesce(sum(credit_cents), 0) into lines, debits, credits
    from journal_line where entry_id = new.id;
  if lines < 2 or debits <> credits or debits = 0 then
    raise exception 'journal entry % does not balance (% lines, debits %, credits %)', new.number, lines, debits, credits
      using errcode = '23514';
  end if;
  return null;
end;
$fn$;
create constraint trigger journal_entry_balances after insert on journal_entry
  deferrable initially deferred for each row execute function ledger_check_balance();

create function finance_close_forward_only() returns trigger language plpgsql as $fn$
begin
  if old.closed_through is not null and (new.closed_through is null or new.closed_through < old.closed_through) then
    raise exception 'a closed period cannot be reopened' using errcode = 'MFPER', column = 'closed_through',
      detail = format('The books are closed through %s and stay closed.', old.closed_through);
  end if;
  return new;
end;
$fn$;
create trigger finance_settings_close_forward before update on finance_settings for each row execute function finance_close_forward_only();

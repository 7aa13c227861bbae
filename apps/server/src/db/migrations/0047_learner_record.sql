-- Learner record: a course may carry a validity in months (first aid 36, WHMIS/SIMDUT 12), from
-- which each attestation of it expires (its last day plus the validity, computed when read, so a
-- corrected validity moves every expiry). Reminders to the firm's contact are kept once per
-- attestation, expiry and threshold; a renewal need remembers the attestation it renews.

alter table course add column validity_months integer check (validity_months between 1 and 240);

create table attestation_expiry_reminder (
  attestation_id uuid not null references attestation(id),
  expires_on date not null,
  threshold_days integer not null check (threshold_days between 0 and 365),
  mutual_id uuid not null references mutual(id),
  member_id uuid not null references member(id),
  recipients integer not null default 0,
  sent_at timestamptz not null default now(),
  primary key (attestation_id, expires_on, threshold_days)
);
create index attestation_expiry_reminder_member_idx on attestation_expiry_reminder (member_id, sent_at desc);

create table attestation_renewal (
  need_id uuid primary key references need(id),
  attestation_id uuid not null references attestation(id),
  mutual_id uuid not null references mutual(id),
  created_by uuid references app_user(id),
  created_at timestamptz not null default now()
);
create index attestation_renewal_attestation_idx on attestation_renewal (attestation_id);

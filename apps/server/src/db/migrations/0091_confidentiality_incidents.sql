-- The register of confidentiality incidents (Law 25; Regulation respecting confidentiality
-- incidents, s.11): what the Commission d'accès à l'information may ask to see. Kept five years
-- after the mutual learned of the incident.
create table confidentiality_incident (
  id uuid primary key default gen_random_uuid(),
  mutual_id uuid not null references mutual(id),
  occurred_on date not null,
  occurred_until date,
  discovered_on date not null,
  description text not null,
  information_involved text not null,
  persons_concerned integer not null check (persons_concerned >= 0),
  persons_concerned_note text not null default '',
  risk_assessment text not null,
  serious_injury_risk boolean not null,
  commission_notified_on date,
  persons_notified_on date,
  public_notice text not null default '',
  measures text not null default '',
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index confidentiality_incident_mutual_idx on confidentiality_incident (mutual_id, discovered_on desc, id);

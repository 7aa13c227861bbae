import type { ColumnType, Generated } from 'kysely';

// Kysely types of the governance tables (migration 0070): recognition, board, leaders, partners,
// scorecard thresholds, yearly activity, funders, research consent, emulation scenarios.
type Timestamp = ColumnType<string, string | undefined, string>;
type CreatedAt = ColumnType<string, string | undefined, never>;
type Jsonb<T> = ColumnType<T, string, string>;

export interface FunderTable {
  id: Generated<string>;
  name: string;
  kind: string;
  created_at: CreatedAt;
}

export interface FunderMutualTable {
  funder_id: string;
  mutual_id: string;
  created_at: CreatedAt;
}

export interface ResearchConsentTable {
  mutual_id: string;
  consented: boolean;
  decided_on: string;
  decided_by: string | null;
  note: Generated<string>;
}

export interface RecognitionFileTable {
  mutual_id: string;
  legal_name: Generated<string>;
  neq: Generated<string>;
  incorporated_on: string | null;
  address: Generated<string>;
  skills_problems: Generated<string>;
  pooling_rationale: Generated<string>;
  collaboration: Generated<string>;
  viable_members: number | null;
  viability_budget_cents: number | null;
  viability_activity: Generated<string>;
  resolution_body: Generated<string>;
  resolution_adopted_on: string | null;
  resolution_reference: Generated<string>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface RecognitionEventTable {
  id: Generated<string>;
  mutual_id: string;
  kind: string;
  occurred_on: string;
  answer_due_on: string | null;
  note: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export type DocumentOwnerKind = 'recognition_file' | 'recognition_event' | 'board_meeting' | 'partner_agreement';

export interface GovernanceDocumentTable {
  id: Generated<string>;
  mutual_id: string;
  owner_kind: DocumentOwnerKind;
  owner_id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  content: Uint8Array;
  uploaded_by: string | null;
  uploaded_at: CreatedAt;
}

export interface BoardSeatTable {
  id: Generated<string>;
  mutual_id: string;
  kind: string;
  label: string;
  position: Generated<number>;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface BoardMemberTable {
  id: Generated<string>;
  mutual_id: string;
  seat_id: string;
  name: string;
  organisation: Generated<string>;
  member_id: string | null;
  email: string | null;
  office: Generated<string>;
  term_start: string;
  term_end: string | null;
  user_id: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface BoardMeetingTable {
  id: Generated<string>;
  mutual_id: string;
  held_on: string;
  kind: Generated<string>;
  held: Generated<boolean>;
  agenda: Generated<string>;
  minutes: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface BoardAttendanceTable {
  meeting_id: string;
  board_member_id: string;
  mutual_id: string;
  present: boolean;
}

export interface BoardDecisionTable {
  id: Generated<string>;
  meeting_id: string;
  mutual_id: string;
  position: number;
  text: string;
  outcome: string;
  created_at: CreatedAt;
}

export interface LeaderTable {
  id: Generated<string>;
  mutual_id: string;
  name: string;
  role: string;
  member_id: string | null;
  board_member_id: string | null;
  email: string | null;
  since: string;
  until: string | null;
  created_at: CreatedAt;
}

export interface LeaderContributionTable {
  id: Generated<string>;
  mutual_id: string;
  leader_id: string;
  kind: string;
  occurred_on: string;
  member_id: string | null;
  amount_cents: number | null;
  note: Generated<string>;
  created_at: CreatedAt;
}

export interface PartnerTable {
  id: Generated<string>;
  mutual_id: string;
  name: string;
  kind: string;
  website: Generated<string>;
  notes: Generated<string>;
  since: string;
  until: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PartnerSupportTable {
  id: Generated<string>;
  mutual_id: string;
  partner_id: string;
  kind: string;
  description: string;
  amount_cents: number | null;
  starts_on: string;
  ends_on: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PartnerAgreementTable {
  id: Generated<string>;
  mutual_id: string;
  partner_id: string;
  title: string;
  signed_on: string | null;
  starts_on: string;
  ends_on: string | null;
  notes: Generated<string>;
  created_at: CreatedAt;
}

export interface PartnerContactTable {
  id: Generated<string>;
  mutual_id: string;
  partner_id: string;
  name: string;
  role_title: Generated<string>;
  email: string | null;
  phone: string | null;
  created_at: CreatedAt;
}

export interface ScorecardThresholdTable {
  mutual_id: string;
  indicator: string;
  green: number;
  amber: number;
  set_by: string | null;
  set_at: Timestamp;
}

export interface ActivityYearTable {
  mutual_id: string;
  year: number;
  firms_served: number;
  micro_small_firms_served: number;
  workers_served: number;
  low_skilled_workers_served: number;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface EmulationScenarioTable {
  id: Generated<string>;
  owner_funder_id: string | null;
  created_by: string;
  name: string;
  territory: string;
  region_code: string | null;
  scian_code: string | null;
  firm_counts: Jsonb<unknown>;
  assumptions: Jsonb<unknown>;
  status: Generated<'draft' | 'done' | 'failed'>;
  result: ColumnType<unknown | null, string | null | undefined, string | null>;
  error: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** The governance tables, merged into `Database` (tables.ts). */
export interface GovernanceTables {
  funder: FunderTable;
  funder_mutual: FunderMutualTable;
  research_consent: ResearchConsentTable;
  recognition_file: RecognitionFileTable;
  recognition_event: RecognitionEventTable;
  governance_document: GovernanceDocumentTable;
  board_seat: BoardSeatTable;
  board_member: BoardMemberTable;
  board_meeting: BoardMeetingTable;
  board_attendance: BoardAttendanceTable;
  board_decision: BoardDecisionTable;
  leader: LeaderTable;
  leader_contribution: LeaderContributionTable;
  partner: PartnerTable;
  partner_support: PartnerSupportTable;
  partner_agreement: PartnerAgreementTable;
  partner_contact: PartnerContactTable;
  scorecard_threshold: ScorecardThresholdTable;
  activity_year: ActivityYearTable;
  emulation_scenario: EmulationScenarioTable;
}

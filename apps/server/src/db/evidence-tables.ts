import type { ColumnType, Generated } from 'kysely';

// Kysely types of the evidence tables (migration 0060): prospects, job class changes, firms' yearly
// outcomes and their form links, research consent, the board's targets, participation questionnaires.
type Timestamp = ColumnType<string, string | undefined, string>;
type CreatedAt = ColumnType<string, string | undefined, never>;
/** numeric columns come back as numbers (db/client.ts); written as numbers or strings. */
type Numeric = ColumnType<number, number | string, number | string>;

export type ProspectStageColumn = 'contacted' | 'interested' | 'diagnosis' | 'proposal' | 'member' | 'declined';
export type ProductivityMeasureColumn =
  | 'value_added_per_hour'
  | 'output_per_hour'
  | 'sales_per_employee'
  | 'defect_rate'
  | 'scrap_rate';
export type ParticipationKindColumn = 'joining' | 'renewal' | 'exit' | 'prospect';

export interface ProspectTable {
  id: Generated<string>;
  mutual_id: string;
  legal_name: string;
  neq: string | null;
  scian_code: string;
  region_code: string;
  headcount: number;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  stage: Generated<ProspectStageColumn>;
  stage_changed_on: string;
  reasons: Generated<string[]>;
  notes: Generated<string>;
  member_id: string | null;
  reports_outcomes: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EmployeeJobChangeTable {
  id: Generated<string>;
  mutual_id: string;
  member_id: string;
  employee_id: string;
  effective_on: string;
  job_title: string;
  noc_code: string;
  teer: number;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface FirmYearOutcomeTable {
  id: Generated<string>;
  mutual_id: string;
  member_id: string | null;
  prospect_id: string | null;
  year: number;
  headcount: number;
  separations: number;
  payroll_cents: number;
  hours_worked: number;
  productivity_measure: ProductivityMeasureColumn;
  productivity_value: Numeric;
  absenteeism_days: Numeric;
  work_accidents: number;
  source: 'form' | 'app' | 'import' | 'seed';
  submitted_by_user_id: string | null;
  submitted_by_name: string | null;
  submitted_at: Timestamp;
}

export interface OutcomeRequestTable {
  id: Generated<string>;
  mutual_id: string;
  member_id: string | null;
  prospect_id: string | null;
  year: number;
  to_address: string;
  locale: Generated<'fr' | 'en'>;
  token_hash: string;
  sent_at: Timestamp;
  closes_on: string;
  answered_at: string | null;
  created_by: string | null;
}

export interface FirmResearchConsentTable {
  id: Generated<string>;
  mutual_id: string;
  member_id: string | null;
  prospect_id: string | null;
  granted: boolean;
  statement_version: string;
  given_by_name: string;
  given_by_title: string | null;
  via: 'app' | 'form' | 'paper' | 'seed';
  recorded_by: string | null;
  at: Timestamp;
}

export interface EvidenceSettingTable {
  mutual_id: string;
  target_micro_small_firms_pct: Generated<number>;
  target_micro_firms_pct: Generated<number>;
  target_low_skilled_pct: Generated<number>;
  replacement_cost_pct: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface ParticipationQuestionnaireTable {
  id: Generated<string>;
  mutual_id: string;
  kind: ParticipationKindColumn;
  member_id: string | null;
  prospect_id: string | null;
  to_address: string;
  locale: Generated<'fr' | 'en'>;
  token_hash: string | null;
  sent_at: Timestamp;
  closes_on: string;
  answered_at: string | null;
  answers: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  created_by: string | null;
}

/** The evidence tables, part of `Database` (tables.ts). */
export interface EvidenceDatabase {
  prospect: ProspectTable;
  employee_job_change: EmployeeJobChangeTable;
  firm_year_outcome: FirmYearOutcomeTable;
  outcome_request: OutcomeRequestTable;
  firm_research_consent: FirmResearchConsentTable;
  evidence_setting: EvidenceSettingTable;
  participation_questionnaire: ParticipationQuestionnaireTable;
}

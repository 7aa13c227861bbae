import type { ColumnType, Generated } from 'kysely';

// Kysely types of the tables. Dates are 'YYYY-MM-DD' strings, timestamps ISO strings,
// money integer cents (see client.ts for the parsers that make both drivers agree).
type Timestamp = ColumnType<string, string | undefined, string>;
type CreatedAt = ColumnType<string, string | undefined, never>;
type Json<T = unknown> = ColumnType<T, string, string>;

export type Role = 'platform_admin' | 'coordinator' | 'member_contact' | 'trainer' | 'board_viewer';
export type MemberStatus = 'prospect' | 'active' | 'lapsed' | 'withdrawn';

export interface MutualTable {
  id: Generated<string>;
  slug: string;
  name: string;
  kind: string;
  region_code: string | null;
  scian_code: string | null;
  recognised_since: string | null;
  min_firms_per_session: Generated<number>;
  created_at: CreatedAt;
}

export interface ProviderTable {
  id: Generated<string>;
  mutual_id: string;
  name: string;
  kind: Generated<string>;
  accreditation_number: string | null;
  email: string | null;
  phone: string | null;
  created_at: CreatedAt;
}

export interface MemberTable {
  id: Generated<string>;
  mutual_id: string;
  legal_name: string;
  neq: string;
  scian_code: string;
  region_code: string;
  headcount: number;
  annual_payroll_cents: number;
  status: Generated<MemberStatus>;
  status_changed_on: Generated<string>;
  status_reason: string | null;
  joined_on: string | null;
  left_on: string | null;
  consent_outcome_data: Generated<boolean>;
  address: string | null;
  city: string | null;
  postal_code: string | null;
  phone: string | null;
  website: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MemberContactTable {
  id: Generated<string>;
  mutual_id: string;
  member_id: string;
  name: string;
  email: string | null;
  phone: string | null;
  role_title: string | null;
  is_primary: Generated<boolean>;
  created_at: CreatedAt;
}

export interface AppUserTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string | null;
  locale: Generated<'fr' | 'en'>;
  role: Role;
  mutual_id: string | null;
  member_id: string | null;
  provider_id: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  last_login_at: string | null;
}

export interface UserSessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: string;
  last_seen_at: Timestamp;
}

export interface OneTimeTokenTable {
  token_hash: string;
  user_id: string;
  purpose: 'invitation' | 'password_reset';
  created_at: CreatedAt;
  expires_at: string;
  used_at: string | null;
}

export interface EmployeeTable {
  id: Generated<string>;
  mutual_id: string;
  member_id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  job_title: string;
  noc_code: string;
  teer: number;
  education_level: string;
  language: Generated<'fr' | 'en'>;
  birth_year: number | null;
  hire_date: string;
  end_date: string | null;
  end_reason: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface WageTable {
  id: Generated<string>;
  mutual_id: string;
  member_id: string;
  employee_id: string;
  effective_on: string;
  hourly_wage_cents: number;
  created_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<number>;
  mutual_id: string | null;
  member_id: string | null;
  actor_user_id: string | null;
  at: CreatedAt;
  action: string;
  entity_type: string;
  entity_id: string | null;
  change: Json<Record<string, unknown>>;
}

export interface AccessLogTable {
  id: Generated<number>;
  mutual_id: string | null;
  actor_user_id: string | null;
  at: CreatedAt;
  entity_type: string;
  entity_ids: string[];
  purpose: string;
}

export interface OutboxTable {
  id: Generated<number>;
  mutual_id: string | null;
  kind: string;
  to_address: string;
  locale: Generated<string>;
  subject: string;
  text_body: string;
  html_body: string | null;
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  last_error: string | null;
  next_attempt_at: Timestamp;
  created_at: CreatedAt;
  sent_at: string | null;
}

export interface Database {
  mutual: MutualTable;
  provider: ProviderTable;
  member: MemberTable;
  member_contact: MemberContactTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  one_time_token: OneTimeTokenTable;
  employee: EmployeeTable;
  wage: WageTable;
  audit_log: AuditLogTable;
  access_log: AccessLogTable;
  outbox: OutboxTable;
}

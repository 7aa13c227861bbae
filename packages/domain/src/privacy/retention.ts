// Retention periods of personal information (Law 25, s.23 of the private-sector Act: destroy or
// anonymise personal information once the purpose is achieved, subject to the periods a law sets).
// Each kind of data has a default period (its reason in docs/decisions.md), which a mutual may change
// within bounds; what is older than its period is purged every day. What the Regulation respecting
// training mutuals obliges a mutual to keep is never purged (RETENTION_KEPT).

import { addMonths } from '../learning/validity.ts';
import { INCIDENT_REGISTER_YEARS } from './incidents.ts';

export const RETENTION_KINDS = [
  'former_employees',
  'superseded_wages',
  'questionnaire_addresses',
  'read_log',
  'login_sessions',
  'outbox_messages',
  'incidents',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** What the law obliges a mutual to keep, and so is never purged (the page says why). */
export const RETENTION_KEPT = ['attestations', 'registers', 'money_vouchers'] as const;
export type RetentionKept = (typeof RETENTION_KEPT)[number];

export interface RetentionRule {
  /** Months kept after the kind's reference date, unless the mutual sets another period. */
  defaultMonths: number;
  minMonths: number;
  maxMonths: number;
}

/** Default periods and bounds, in months after each kind's reference date (decision "Retention periods"). */
export const RETENTION_RULES: Record<RetentionKind, RetentionRule> = {
  // after the employment ended: the 12-month follow-up and the yearly outcome forms need the person
  former_employees: { defaultMonths: 36, minMonths: 12, maxMonths: 120 },
  // a wage replaced by a newer one, after the newer one started: wage effects compare years before and after training
  superseded_wages: { defaultMonths: 84, minMonths: 24, maxMonths: 240 },
  // a questionnaire's e-mail address and personal link, after it was sent: the last follow-up is at 60 days
  questionnaire_addresses: { defaultMonths: 12, minMonths: 3, maxMonths: 60 },
  // who read whose data, after the read: an access request or an incident looks back two years
  read_log: { defaultMonths: 24, minMonths: 12, maxMonths: 120 },
  // login sessions and one-time links, after they expired
  login_sessions: { defaultMonths: 3, minMonths: 1, maxMonths: 24 },
  // e-mails sent or given up, after they were written (they hold names and links)
  outbox_messages: { defaultMonths: 12, minMonths: 1, maxMonths: 60 },
  // confidentiality incidents, after the mutual learned of them: never less than the Regulation's five years
  incidents: {
    defaultMonths: INCIDENT_REGISTER_YEARS * 12,
    minMonths: INCIDENT_REGISTER_YEARS * 12,
    maxMonths: 120,
  },
};

export type RetentionPeriods = Record<RetentionKind, number>;

/** The periods in force: the mutual's own where it set one, the default elsewhere. */
export function periodsInForce(own: Partial<Record<string, number>>): RetentionPeriods {
  return Object.fromEntries(
    RETENTION_KINDS.map((kind) => [kind, own[kind] ?? RETENTION_RULES[kind].defaultMonths]),
  ) as RetentionPeriods;
}

/** Why a period cannot be set: not a whole number of months, or outside the kind's bounds. Null when it can. */
export function retentionPeriodProblem(
  kind: RetentionKind,
  months: number,
): { code: 'retention_months_range'; minimum: number; maximum: number } | null {
  const rule = RETENTION_RULES[kind];
  if (Number.isInteger(months) && months >= rule.minMonths && months <= rule.maxMonths) return null;
  return { code: 'retention_months_range', minimum: rule.minMonths, maximum: rule.maxMonths };
}

/**
 * The purge's cut-off of a kind on `today`: data whose reference day is before it is due (kept
 * exactly `months` whole months, then purged the next day).
 */
export function purgeCutoff(today: string, months: number): string {
  return addMonths(today, -months);
}

/** Whether data with this reference day is due for purge on `today` (never while it has none, e.g. a current employee). */
export function isDueForPurge(referenceDay: string | null, today: string, months: number): boolean {
  return referenceDay !== null && referenceDay < purgeCutoff(today, months);
}

/** Every kind's cut-off on `today` under the periods in force. */
export function purgeCutoffs(today: string, periods: RetentionPeriods): Record<RetentionKind, string> {
  return Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, purgeCutoff(today, periods[kind])])) as Record<
    RetentionKind,
    string
  >;
}

/** The hour and minute (UTC) of the daily purge: at night in Québec. */
export const PURGE_TIME_UTC = { hour: 7, minute: 23 } as const;

/** The next daily purge after `now` (an ISO instant): today's slot if still ahead, else tomorrow's. */
export function nextPurgeAt(now: Date): string {
  const slot = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), PURGE_TIME_UTC.hour, PURGE_TIME_UTC.minute),
  );
  if (slot.getTime() <= now.getTime()) slot.setUTCDate(slot.getUTCDate() + 1);
  return slot.toISOString();
}

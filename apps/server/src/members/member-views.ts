import type { Member, MemberContact } from '@mutualis/contracts';
import { sizeClassOf } from '@mutualis/domain/reference/index';
import type { MemberContactRow, MemberRow } from './repository.ts';

/** The API shape of a member row. */
export function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    mutualId: row.mutual_id,
    legalName: row.legal_name,
    neq: row.neq,
    scianCode: row.scian_code,
    regionCode: row.region_code,
    headcount: row.headcount,
    annualPayrollCents: Number(row.annual_payroll_cents),
    sizeClass: sizeClassOf(row.headcount),
    status: row.status,
    statusChangedOn: row.status_changed_on,
    statusReason: row.status_reason,
    joinedOn: row.joined_on,
    leftOn: row.left_on,
    consentOutcomeData: row.consent_outcome_data,
    address: row.address,
    city: row.city,
    postalCode: row.postal_code,
    phone: row.phone,
    website: row.website,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toContact(row: MemberContactRow): MemberContact {
  return {
    id: row.id,
    memberId: row.member_id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    roleTitle: row.role_title,
    isPrimary: row.is_primary,
    createdAt: row.created_at,
  };
}

/** Today's date in Quebec (YYYY-MM-DD): the calendar the mutual works in. */
export function quebecToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The fields whose value changed, as { field: { from, to } } for the audit log. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T, fields: readonly (keyof T)[]): Record<string, { from: unknown; to: unknown }> {
  const change: Record<string, { from: unknown; to: unknown }> = {};
  for (const f of fields) {
    if (JSON.stringify(before[f]) !== JSON.stringify(after[f])) change[String(f)] = { from: before[f], to: after[f] };
  }
  return change;
}

// Member rows → API answers.
import type { HistoryEntry, Member, MemberContact } from '@mutualis/contracts';
import { sizeClassOf } from '@mutualis/domain/reference/index';
import type { MemberContactRow, MemberHistoryRow, MemberRow } from './repository.ts';

export function presentMember(row: MemberRow): Member {
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

export function presentContact(row: MemberContactRow): MemberContact {
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

export function presentHistoryEntry(r: MemberHistoryRow): HistoryEntry {
  return {
    id: Number(r.id),
    at: r.at,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    change: r.change,
  };
}

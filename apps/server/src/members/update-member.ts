import { MEMBER_CONTACT_DETAIL_FIELDS, type Member, type UpdateMemberRequest } from '@mutualis/contracts';
import { normalizeNeq } from '@mutualis/domain/members/index';
import type { Updateable } from 'kysely';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import type { MemberTable } from '../db/tables.ts';
import { AppError } from '../errors.ts';
import { changedFields } from './changed-fields.ts';
import { checkMemberFields } from './check-member-fields.ts';
import { presentMember } from './present.ts';
import { memberRepository } from './repository.ts';
import { visibleMember } from './visible-member.ts';

const columnOf: Record<keyof UpdateMemberRequest, keyof MemberTable> = {
  legalName: 'legal_name',
  neq: 'neq',
  scianCode: 'scian_code',
  regionCode: 'region_code',
  headcount: 'headcount',
  annualPayrollCents: 'annual_payroll_cents',
  consentOutcomeData: 'consent_outcome_data',
  address: 'address',
  city: 'city',
  postalCode: 'postal_code',
  phone: 'phone',
  website: 'website',
};

/**
 * Changes a member's fields. A coordinator may change any; a member contact only its own firm's
 * contact details (address, city, postal code, phone, website). Records old → new in the audit log.
 */
export async function updateMember(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; changes: UpdateMemberRequest },
): Promise<Member> {
  const { memberId, changes } = input;
  await visibleMember(deps, caller, memberId);
  const sent = (Object.keys(changes) as (keyof UpdateMemberRequest)[]).filter((k) => changes[k] !== undefined);
  if (caller.role === 'member_contact') {
    const refused = sent.filter((k) => !(MEMBER_CONTACT_DETAIL_FIELDS as readonly string[]).includes(k));
    if (refused.length) {
      throw new AppError('forbidden', 'contact_details_only', {
        params: { fields: refused.join(', ') },
        fields: refused.map((field) => ({ field, code: 'changed_by_mutual_only' })),
      });
    }
  }
  checkMemberFields(changes);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const members = memberRepository(tx.db);
    const before = await visibleMember(tx, caller, memberId, { forUpdate: true });
    const patch: Updateable<MemberTable> = {};
    for (const key of sent) {
      const value = key === 'neq' ? normalizeNeq(changes.neq as string) : changes[key];
      (patch as Record<string, unknown>)[columnOf[key]] = value ?? null;
    }
    if (patch.neq && (await members.neqTaken(before.mutual_id, patch.neq as string, memberId))) {
      throw new AppError('conflict', 'neq_taken', { fields: [{ field: 'neq', code: 'neq_taken' }] });
    }
    if (sent.length === 0) return presentMember(before);
    patch.updated_at = now.toISOString();
    const after = await members.update(memberId, before.mutual_id, patch);
    const change = changedFields(presentMember(before), presentMember(after), sent as (keyof Member)[]);
    if (Object.keys(change).length) {
      await auditRepository(tx.db).record({
        at: now,
        mutualId: before.mutual_id,
        memberId,
        actorUserId: caller.userId,
        action: 'member.update',
        entityType: 'member',
        entityId: memberId,
        change,
      });
    }
    return presentMember(after);
  });
}

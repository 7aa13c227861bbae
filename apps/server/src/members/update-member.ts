import { MEMBER_CONTACT_DETAIL_FIELDS, type Member, type UpdateMemberRequest } from '@mutualis/contracts';
import { normalizeNeq } from '@mutualis/domain/members/index';
import type { Updateable } from 'kysely';
import { auditRepository } from '../audit/index.ts';
import { memberRepository } from './repository.ts';
import type { MemberTable } from '../db/tables.ts';
import { AppError, notFound } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { checkMemberFields } from './create-member.ts';
import { changedFields, toMember } from './member-views.ts';

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
export async function updateMember(deps: Deps, actor: Caller, scope: { mutualId: string; memberId: string | null }, memberId: string, input: UpdateMemberRequest): Promise<Member> {
  if (scope.memberId && scope.memberId !== memberId) throw notFound('Member');
  const sent = (Object.keys(input) as (keyof UpdateMemberRequest)[]).filter((k) => input[k] !== undefined);
  if (actor.role === 'member_contact') {
    const refused = sent.filter((k) => !(MEMBER_CONTACT_DETAIL_FIELDS as readonly string[]).includes(k));
    if (refused.length) {
      throw new AppError('forbidden', `A member contact may only change the firm's contact details, not ${refused.join(', ')}`, {
        fields: refused.map((field) => ({ field, message: 'may only be changed by the mutual' })),
      });
    }
  }
  checkMemberFields(input);
  return deps.db.transaction().execute(async (trx) => {
    const members = memberRepository(trx);
    const before = await members.findForUpdate(memberId, scope.mutualId);
    if (!before) throw notFound('Member');
    const patch: Updateable<MemberTable> = {};
    for (const key of sent) {
      const value = key === 'neq' ? normalizeNeq(input.neq as string) : input[key];
      (patch as Record<string, unknown>)[columnOf[key]] = value ?? null;
    }
    if (patch.neq && (await members.neqTaken(scope.mutualId, patch.neq as string, memberId))) {
      throw new AppError('conflict', 'A member of this mutual already has this NEQ', { fields: [{ field: 'neq', message: 'is already used by another member' }] });
    }
    if (sent.length === 0) return toMember(before);
    patch.updated_at = deps.now().toISOString();
    const after = await members.update(memberId, scope.mutualId, patch);
    const change = changedFields(toMember(before), toMember(after), sent as (keyof Member)[]);
    if (Object.keys(change).length) {
      await auditRepository(trx).record({
        at: deps.now(),
        mutualId: scope.mutualId,
        memberId,
        actorUserId: actor.userId,
        action: 'member.update',
        entityType: 'member',
        entityId: memberId,
        change,
      });
    }
    return toMember(after);
  });
}

import type { CreateMemberRequest, Member } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { normalizeNeq } from '@mutualis/domain/members/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError } from '../errors.ts';
import { checkMemberFields } from './check-member-fields.ts';
import { presentMember } from './present.ts';
import { memberRepository } from './repository.ts';

/** Adds a member firm to the caller's mutual (coordinators), as a prospect. */
export async function createMember(deps: Deps, caller: Caller, input: CreateMemberRequest): Promise<Member> {
  const mutualId = mutualOf(caller);
  checkMemberFields(input);
  const neq = normalizeNeq(input.neq);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const members = memberRepository(tx.db);
    if (await members.neqTaken(mutualId, neq)) {
      throw new AppError('conflict', 'neq_taken', { fields: [{ field: 'neq', code: 'neq_taken' }] });
    }
    const row = await members.insert({
      mutual_id: mutualId,
      legal_name: input.legalName,
      neq,
      scian_code: input.scianCode,
      region_code: input.regionCode,
      headcount: input.headcount,
      annual_payroll_cents: input.annualPayrollCents,
      consent_outcome_data: input.consentOutcomeData ?? false,
      status_changed_on: todayInMontreal(now),
      address: input.address ?? null,
      city: input.city ?? null,
      postal_code: input.postalCode ?? null,
      phone: input.phone ?? null,
      website: input.website ?? null,
    });
    const member = presentMember(row);
    const { id: _id, mutualId: _m, createdAt: _c, updatedAt: _u, ...values } = member;
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      memberId: row.id,
      actorUserId: caller.userId,
      action: 'member.create',
      entityType: 'member',
      entityId: row.id,
      change: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { from: null, to: v }])),
    });
    return member;
  });
}

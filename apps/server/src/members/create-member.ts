import type { CreateMemberRequest, Member } from '@mutualis/contracts';
import { neqProblem, normalizeNeq } from '@mutualis/domain/members/index';
import { isKnownScian, isValidRegion } from '@mutualis/domain/reference/index';
import { auditRepository } from '../audit/index.ts';
import { memberRepository } from './repository.ts';
import { AppError, type FieldError } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { quebecToday, toMember } from './member-views.ts';

/** Checks the member fields that the schema alone cannot: NEQ, SCIAN code, region. Throws naming each bad field. */
export function checkMemberFields(input: { neq?: string; scianCode?: string; regionCode?: string }) {
  const fields: FieldError[] = [];
  if (input.neq !== undefined) {
    const problem = neqProblem(input.neq);
    if (problem) fields.push({ field: 'neq', message: problem });
  }
  if (input.scianCode !== undefined && !isKnownScian(input.scianCode)) {
    fields.push({ field: 'scianCode', message: 'is not a SCIAN 2022 sector or subsector code (see GET /api/reference)' });
  }
  if (input.regionCode !== undefined && !isValidRegion(input.regionCode)) {
    fields.push({ field: 'regionCode', message: 'must be a Quebec administrative region code 01–17' });
  }
  if (fields.length) throw new AppError('validation_failed', fields.map((f) => `${f.field}: ${f.message}`).join('; '), { fields });
}

/** Adds a member firm to the caller's mutual, as a prospect. */
export async function createMember(deps: Deps, actor: Caller, mutualId: string, input: CreateMemberRequest): Promise<Member> {
  checkMemberFields(input);
  const neq = normalizeNeq(input.neq);
  return deps.db.transaction().execute(async (trx) => {
    const members = memberRepository(trx);
    if (await members.neqTaken(mutualId, neq)) {
      throw new AppError('conflict', 'A member of this mutual already has this NEQ', { fields: [{ field: 'neq', message: 'is already used by another member' }] });
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
      status_changed_on: quebecToday(deps.now()),
      address: input.address ?? null,
      city: input.city ?? null,
      postal_code: input.postalCode ?? null,
      phone: input.phone ?? null,
      website: input.website ?? null,
    });
    const member = toMember(row);
    const { id: _id, mutualId: _m, createdAt: _c, updatedAt: _u, ...values } = member;
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId,
      memberId: row.id,
      actorUserId: actor.userId,
      action: 'member.create',
      entityType: 'member',
      entityId: row.id,
      change: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { from: null, to: v }])),
    });
    return member;
  });
}

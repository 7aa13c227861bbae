import type { Claim } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { claimMayChange } from '@mutualis/domain/finance/vocabulary';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError } from '../errors.ts';
import { presentClaim } from './present.ts';
import { fundingRepository } from './repository.ts';
import { visibleClaim } from './visible-claim.ts';

/** Marks a draft claim as sent to the funder; from then on its payments can be recorded. */
export async function submitClaim(
  deps: Deps,
  caller: Caller,
  input: { claimId: string; submittedOn?: string },
): Promise<Claim> {
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const repo = fundingRepository(tx.db);
    await repo.lockClaim(mutualId, input.claimId);
    const claim = await visibleClaim(tx, caller, input.claimId);
    if (!claimMayChange(claim.status))
      throw new AppError('conflict', 'claim_already_submitted', { params: { number: claim.number } });
    const on = input.submittedOn ?? todayInMontreal(deps.now());
    await repo.updateClaim(mutualId, claim.id, { status: 'submitted', submitted_on: on });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'claim.submit',
      entityType: 'funding_claim',
      entityId: claim.id,
      change: { submittedOn: on },
    });
    return presentClaim(tx.db, (await repo.claim(mutualId, claim.id))!);
  });
}

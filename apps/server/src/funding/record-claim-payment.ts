import type { Claim } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { claimStatusAfter, grantPaymentProblem } from '@mutualis/domain/finance/claims';
import { grantPaymentEntry } from '@mutualis/domain/finance/postings';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { postEntries } from '../finance/index.ts';
import { presentClaim } from './present.ts';
import { fundingRepository } from './repository.ts';
import { visibleClaim } from './visible-claim.ts';

/**
 * Records what a funder paid on a submitted claim, and what it refused: the bank receives the
 * payment, the refused part is written off, the claim is paid or partly refused once settled.
 */
export async function recordClaimPayment(
  deps: Deps,
  caller: Caller,
  input: { claimId: string; receivedOn: string; amountCents: number; refusedCents: number; reference?: string },
): Promise<Claim> {
  const mutualId = mutualOf(caller);
  if (input.receivedOn > todayInMontreal(deps.now())) throw invalid('receivedOn', 'date_in_future');
  return inTransaction(deps, async (tx) => {
    const repo = fundingRepository(tx.db);
    await repo.lockClaim(mutualId, input.claimId);
    const claim = await visibleClaim(tx, caller, input.claimId);
    const claimed = Number(claim.claimed_cents);
    const received = Number(claim.received_cents);
    const refused = Number(claim.refused_cents);
    const problem = grantPaymentProblem({
      status: claim.status,
      claimedCents: claimed,
      receivedCents: received,
      refusedCents: refused,
      amountCents: input.amountCents,
      refusingCents: input.refusedCents,
    });
    if (problem) {
      if (problem.field === 'claimId')
        throw new AppError('not_payable', problem.code, {
          params: { number: claim.number },
          fields: [{ field: problem.field, code: problem.code, params: { number: claim.number } }],
        });
      throw invalid(problem.field, problem.code, problem.params);
    }
    if (claim.submitted_on && input.receivedOn < claim.submitted_on)
      throw invalid('receivedOn', 'before_claim_submitted', { date: claim.submitted_on });
    const id = crypto.randomUUID();
    const [entryId] = await postEntries(
      tx.db,
      mutualId,
      [
        grantPaymentEntry({
          on: input.receivedOn,
          paymentId: id,
          funderId: claim.funder_id,
          receivedCents: input.amountCents,
          refusedCents: input.refusedCents,
          claimNumber: claim.number,
        }),
      ],
      caller.userId,
    );
    await repo.insertGrantPayment({
      id,
      mutual_id: mutualId,
      claim_id: claim.id,
      funder_id: claim.funder_id,
      received_on: input.receivedOn,
      amount_cents: input.amountCents,
      refused_cents: input.refusedCents,
      reference: input.reference ?? '',
      entry_id: entryId,
      created_by: caller.userId,
    });
    const newReceived = received + input.amountCents;
    const newRefused = refused + input.refusedCents;
    await repo.updateClaim(mutualId, claim.id, {
      received_cents: newReceived,
      refused_cents: newRefused,
      status: claimStatusAfter(claimed, newReceived, newRefused),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'claim.payment',
      entityType: 'funding_claim',
      entityId: claim.id,
      change: input,
    });
    return presentClaim(tx.db, (await repo.claim(mutualId, claim.id))!);
  });
}

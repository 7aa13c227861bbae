import type { Claim } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { ensureBooks, ledgerRepository } from '../finance/index.ts';
import { presentClaim } from './present.ts';
import { fundingRepository } from './repository.ts';

/** The number of a claim: R-000007. */
export const claimNumber = (sequence: number) => `R-${String(sequence).padStart(6, '0')}`;

/** Gathers a programme's unclaimed subsidies granted in the period (credit notes' reversals included) into a draft claim. */
export async function createClaim(
  deps: Deps,
  caller: Caller,
  input: { programmeId: string; periodFrom: string; periodTo: string },
): Promise<Claim> {
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    await ensureBooks(tx.db, mutualId);
    const repo = fundingRepository(tx.db);
    const programme = await repo.programme(mutualId, input.programmeId);
    if (!programme) throw invalid('programmeId', 'no_such_programme');
    const ledger = ledgerRepository(tx.db);
    await ledger.lockSeries(mutualId, 'claim');
    const sequence = await ledger.takeNumbers(mutualId, 'claim', 1);
    const id = await repo.insertClaim({
      mutual_id: mutualId,
      funder_id: programme.funder_id,
      programme_id: programme.id,
      sequence,
      number: claimNumber(sequence),
      period_from: input.periodFrom,
      period_to: input.periodTo,
      created_by: caller.userId,
    });
    const attached = await repo.attachSubsidies(mutualId, id, programme.id, {
      from: input.periodFrom,
      to: input.periodTo,
    });
    if (attached.count === 0 || attached.cents <= 0)
      throw new AppError('conflict', 'no_unclaimed_subsidy', {
        params: { programme: programme.name, from: input.periodFrom, to: input.periodTo },
      });
    await repo.updateClaim(mutualId, id, { claimed_cents: attached.cents });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'claim.create',
      entityType: 'funding_claim',
      entityId: id,
      change: { ...input, claimedCents: attached.cents },
    });
    return presentClaim(tx.db, (await repo.claim(mutualId, id))!);
  });
}

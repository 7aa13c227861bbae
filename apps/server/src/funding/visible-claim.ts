import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type ClaimRow, fundingRepository } from './repository.ts';

/** The claim if it is of the caller's mutual; 404 otherwise. */
export async function visibleClaim(deps: Deps, caller: Caller, claimId: string): Promise<ClaimRow> {
  const row = await fundingRepository(deps.db).claim(mutualOf(caller), claimId);
  if (!row) throw notFound('claim');
  return row;
}

import type { Claim } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentClaim } from './present.ts';
import { visibleClaim } from './visible-claim.ts';

/** One claim with its sessions, reconciliation, payments and evidence. */
export async function getClaim(deps: Deps, caller: Caller, input: { claimId: string }): Promise<Claim> {
  return presentClaim(deps.db, await visibleClaim(deps, caller, input.claimId));
}

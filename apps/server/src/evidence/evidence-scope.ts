import { roleSeesConsentingFirmsOnly } from '@mutualis/domain/accounts/roles';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { outcomeRepository } from '../outcomes/index.ts';
import type { FirmFilter } from './repository.ts';

export interface EvidenceScope {
  mutualId: string;
  /** null: every firm of the mutual (coordinator, board); else the consenting firms only. */
  filter: FirmFilter;
  audience: 'all_firms' | 'consenting_firms';
}

/**
 * Whose data the caller's evidence is built from: the mutual's coordinator and board see every
 * firm's aggregates; a funder or a researcher only those of firms whose decision in force grants
 * research use — a firm without consent never leaves the mutual.
 */
export async function evidenceScopeOf(deps: Deps, caller: Caller): Promise<EvidenceScope> {
  const mutualId = mutualOf(caller);
  if (!roleSeesConsentingFirmsOnly(caller.role)) return { mutualId, filter: null, audience: 'all_firms' };
  return { mutualId, filter: await outcomeRepository(deps.db).consentingFirms(mutualId), audience: 'consenting_firms' };
}

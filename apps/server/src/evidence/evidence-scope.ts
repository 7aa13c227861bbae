import { roleSeesConsentingFirmsOnly } from '@mutualis/domain/accounts/roles';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { invalid, notFound } from '../errors.ts';
import { observedMutualIds } from '../observatory/index.ts';
import { outcomeRepository } from '../outcomes/index.ts';
import type { FirmFilter } from './repository.ts';

export interface EvidenceScope {
  mutualId: string;
  /** null: every firm of the mutual (coordinator, board); else the consenting firms only. */
  filter: FirmFilter;
  audience: 'all_firms' | 'consenting_firms';
}

/**
 * The mutual whose evidence the caller reads: a coordinator's or board member's own; for a funder
 * or a researcher (observers without a mutual, decision 34) the one named in the request, if they
 * observe it (a mutual their organisation funds; a mutual that consents), else 404.
 */
export async function evidenceMutualOf(deps: Deps, caller: Caller, requested?: string): Promise<string> {
  if (!roleSeesConsentingFirmsOnly(caller.role)) return mutualOf(caller);
  const mutualId = requested ?? caller.mutualId;
  if (!mutualId) throw invalid('mutualId', 'observed_mutual_required');
  if (!(await observedMutualIds(deps.db, caller)).includes(mutualId)) throw notFound('mutual');
  return mutualId;
}

/**
 * Whose data the caller's evidence is built from: the mutual's coordinator and board see every
 * firm's aggregates; a funder or a researcher, in a mutual they observe, only those of firms whose
 * decision in force grants research use — a firm without consent never leaves the mutual.
 */
export async function evidenceScopeOf(deps: Deps, caller: Caller, requested?: string): Promise<EvidenceScope> {
  const mutualId = await evidenceMutualOf(deps, caller, requested);
  if (!roleSeesConsentingFirmsOnly(caller.role)) return { mutualId, filter: null, audience: 'all_firms' };
  return { mutualId, filter: await outcomeRepository(deps.db).consentingFirms(mutualId), audience: 'consenting_firms' };
}

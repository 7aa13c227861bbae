import type { ResearchConsent } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { forbidden } from '../errors.ts';
import { observatoryRepository } from './repository.ts';

/** The mutual of a coordinator or board viewer (who read the research consent). */
export function consentMutualOf(caller: Caller): string {
  if (caller.role !== 'coordinator' && caller.role !== 'board_viewer') throw forbidden();
  return mutualOf(caller);
}

/** Whether the caller's mutual lets researchers see its aggregates (no decision yet: it does not). */
export async function getConsent(deps: Deps, caller: Caller): Promise<ResearchConsent> {
  const row = await observatoryRepository(deps.db).consent(consentMutualOf(caller));
  return { consented: row?.consented ?? false, decidedOn: row?.decided_on ?? null, note: row?.note ?? '' };
}

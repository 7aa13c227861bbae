// The one visibility rule of the observatory: which mutuals an observer sees.
import type { Caller, Deps } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { forbidden, notFound } from '../errors.ts';
import { observatoryRepository } from './repository.ts';

/**
 * The mutuals the caller observes: every one for the platform administrator, the ones its
 * organisation funds for a funder, the consenting ones for a researcher; other roles are refused.
 */
export async function observedMutualIds(db: Db, caller: Caller): Promise<string[]> {
  const repo = observatoryRepository(db);
  switch (caller.role) {
    case 'platform_admin':
      return repo.allMutualIds();
    case 'funder':
      return repo.fundedMutualIds(caller.userId);
    case 'researcher':
      return repo.consentingMutualIds();
    default:
      throw forbidden('role_not_allowed');
  }
}

/** The mutual if the caller observes it; 404 otherwise (ids of other mutuals leak nothing). */
export async function observedMutual(deps: Deps, caller: Caller, mutualId: string): Promise<string> {
  const ids = await observedMutualIds(deps.db, caller);
  if (!ids.includes(mutualId)) throw notFound('mutual');
  return mutualId;
}

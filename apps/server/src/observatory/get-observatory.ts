import type { Observatory, ObservatoryQuery } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { observedMutualIds } from './observer-scope.ts';
import { readObservatory } from './read-observatory.ts';

/** The observatory of the mutuals the caller observes. */
export async function getObservatory(deps: Deps, caller: Caller, query: ObservatoryQuery): Promise<Observatory> {
  const ids = await observedMutualIds(deps.db, caller);
  return readObservatory(deps.db, ids, query, todayInMontreal(deps.now()));
}

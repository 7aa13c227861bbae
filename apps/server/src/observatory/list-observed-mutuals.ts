import { pageOf } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { observedMutualIds } from './observer-scope.ts';
import { observedValues } from './read-observatory.ts';

/** A page of the mutuals the caller observes, with their type, size and recognition. */
export async function listObservedMutuals(deps: Deps, caller: Caller, query: { page: number; pageSize: number }) {
  const today = todayInMontreal(deps.now());
  const ids = await observedMutualIds(deps.db, caller);
  const year = Number(today.slice(0, 4));
  const { mutuals } = await observedValues(deps.db, ids, { from: year, to: year }, today);
  const start = (query.page - 1) * query.pageSize;
  return pageOf(
    mutuals.slice(start, start + query.pageSize).map((m) => m.mutual),
    mutuals.length,
    query,
  );
}

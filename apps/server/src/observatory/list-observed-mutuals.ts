import { pageOf } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { observedMutualIds } from './observer-scope.ts';
import { observedMutualsOf } from './read-observatory.ts';

/** A page of the mutuals the caller observes, with their type, size and recognition. */
export async function listObservedMutuals(deps: Deps, caller: Caller, query: { page: number; pageSize: number }) {
  const today = todayInMontreal(deps.now());
  const ids = await observedMutualIds(deps.db, caller);
  const mutuals = await observedMutualsOf(deps.db, ids, today, deps.keptPages);
  const start = (query.page - 1) * query.pageSize;
  return pageOf(mutuals.slice(start, start + query.pageSize), mutuals.length, query);
}

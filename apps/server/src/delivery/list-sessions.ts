import { pageOf, type SessionListQuery } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { presentSessionSummaries } from './present.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { sessionVisibilityOf } from './visible-session.ts';

/** A page of the sessions the caller may see: a coordinator all of the mutual's, a trainer its own, a member contact the open ones and its firm's. */
export async function listSessions(deps: Deps, caller: Caller, query: SessionListQuery) {
  const { page, pageSize, ...filter } = query;
  const visibility = sessionVisibilityOf(caller);
  const repo = trainingSessionRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.list(visibility, filter, { page, pageSize }),
    repo.count(visibility, filter),
  ]);
  return pageOf(await presentSessionSummaries(deps.db, rows, caller, todayInMontreal(deps.now())), total, {
    page,
    pageSize,
  });
}

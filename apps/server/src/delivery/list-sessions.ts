import { pageOf, type SessionListQuery, type SessionSummary } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { dataVersionsOf, versionKeyOf } from '../db/data-versions.ts';
import { presentSessionSummaries } from './present.ts';
import { type SessionVisibility, trainingSessionRepository } from './session-repository.ts';
import { sessionVisibilityOf } from './visible-session.ts';

/**
 * A page of the sessions the caller may see: a coordinator all of the mutual's, a trainer its own, a
 * member contact the open ones and its firm's. A page is kept per version of the mutual's data
 * (decision 83): sessions, enrolments, members and employees under the evidence version; courses,
 * providers, reservations, meeting days and attendance under the money version; the register's stated
 * values, the mutual's settings and the trainers' names under the delivery version; the day (go/no-go)
 * and who asks (what a summary shows depends on the role, the firm and the language) in the key.
 */
export async function listSessions(deps: Deps, caller: Caller, query: SessionListQuery) {
  const visibility = sessionVisibilityOf(caller);
  // the versions are read before the data: a write committed after them shows as a new version next time
  const v = await dataVersionsOf(deps.db, visibility.mutualId);
  const today = todayInMontreal(deps.now());
  const key = versionKeyOf([v.evidence, v.finance, v.delivery], today);
  const slot = JSON.stringify(['sessions', visibility, caller.role, caller.memberId, caller.locale, query]);
  const { items, total } = await deps.keptPages.answerOf(slot, key, () =>
    sessionsPage(deps, caller, visibility, query, today),
  );
  return pageOf(items, total, query);
}

async function sessionsPage(
  deps: Deps,
  caller: Caller,
  visibility: SessionVisibility,
  query: SessionListQuery,
  today: string,
): Promise<{ items: SessionSummary[]; total: number }> {
  const { page, pageSize, ...filter } = query;
  const repo = trainingSessionRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.list(visibility, filter, { page, pageSize }),
    repo.count(visibility, filter),
  ]);
  return { items: await presentSessionSummaries(deps.db, rows, caller, today), total };
}

import { pageOf } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentSessionEvent } from './present.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { visibleSession } from './visible-session.ts';

/** A page of a session's history, oldest first: creation, changes, transitions, go/no-go alerts, seats. */
export async function listSessionHistory(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string; page: number; pageSize: number },
) {
  const row = await visibleSession(deps, caller, input.sessionId);
  const repo = trainingSessionRepository(deps.db);
  const [events, total] = await Promise.all([
    repo.history(row.id, { limit: input.pageSize, offset: (input.page - 1) * input.pageSize }),
    repo.countHistory(row.id),
  ]);
  return pageOf(events.map(presentSessionEvent), total, input);
}

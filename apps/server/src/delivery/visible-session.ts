import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { AppError, notFound } from '../errors.ts';
import { type SessionRow, type SessionVisibility, trainingSessionRepository } from './session-repository.ts';

/** Which sessions the caller may see: coordinators all of the mutual, trainers their own, member contacts theirs and open ones. */
export function sessionVisibilityOf(caller: Caller): SessionVisibility {
  const mutualId = mutualOf(caller);
  switch (caller.role) {
    case 'coordinator':
      return { kind: 'mutual', mutualId };
    case 'member_contact':
      return { kind: 'member', mutualId, memberId: caller.memberId as string };
    case 'trainer':
      return { kind: 'trainer', mutualId, providerId: caller.providerId as string, userId: caller.userId };
    default:
      throw new AppError('forbidden', 'role_not_allowed', { params: { role: caller.role } });
  }
}

/** The session if the caller may see it; 404 otherwise. */
export async function visibleSession(deps: Deps, caller: Caller, sessionId: string): Promise<SessionRow> {
  const row = await trainingSessionRepository(deps.db).find(sessionId, sessionVisibilityOf(caller));
  if (!row) throw notFound('session');
  return row;
}

/**
 * Locks the session's row until the transaction ends (seats, transitions and attendance are decided
 * under this lock), then reads it as the caller sees it; 404 when it is not the caller's to see.
 * Call it inside `inTransaction`.
 */
export async function lockVisibleSession(tx: Deps, caller: Caller, sessionId: string): Promise<SessionRow> {
  const repo = trainingSessionRepository(tx.db);
  if (!(await repo.lock(sessionId, mutualOf(caller)))) throw notFound('session');
  const row = await repo.find(sessionId, sessionVisibilityOf(caller));
  if (!row) throw notFound('session');
  return row;
}

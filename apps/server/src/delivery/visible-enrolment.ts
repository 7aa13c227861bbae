import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';

/**
 * An enrolment the caller may change (a coordinator of its mutual, its firm's contact; 404 otherwise),
 * read again under its session's row lock, with the session, the mutual's settings and the first
 * meeting day. Call it inside `inTransaction`.
 */
export async function lockVisibleEnrolment(tx: Deps, caller: Caller, enrolmentId: string) {
  const scope = memberScopeOf(caller);
  const enrolments = enrolmentRepository(tx.db);
  const found = await enrolments.find(enrolmentId, scope);
  if (!found) throw notFound('enrolment');
  const repo = trainingSessionRepository(tx.db);
  await repo.lock(found.sessionId, scope.mutualId);
  const enrolment = (await enrolments.find(enrolmentId, scope))!;
  const session = (await repo.find(found.sessionId, { kind: 'mutual', mutualId: scope.mutualId }))!;
  const settings = await repo.mutualSettings(scope.mutualId);
  const days = await repo.meetingDays(session.id);
  return { scope, enrolments, enrolment, session, settings, firstDay: days[0]?.day ?? null };
}

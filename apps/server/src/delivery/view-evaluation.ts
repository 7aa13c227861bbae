import { enrolmentRepository } from './enrolment-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';
import type { Deps, Caller } from '../caller.ts';
import { summariseEvaluation } from './answer-questionnaire.ts';
import { sessionVisibilityOf } from './delivery-access.ts';
import { loadVisibleSession } from './view-sessions.ts';

/** Evaluation results of one session (coordinator, or its trainer). */
export async function sessionEvaluation(deps: Deps, caller: Caller, sessionId: string) {
  const row = await loadVisibleSession(deps.db, caller, sessionId);
  const people = await enrolmentRepository(deps.db).listForSession(row.id, null, ['confirmed']);
  const summary = await summariseEvaluation(deps, [row.id], people.map((p) => p.outcome));
  return { scope: { sessionId: row.id, courseId: null, providerId: null }, ...summary };
}

/** Evaluation results over the delivered sessions of a course or a provider (or all) of the mutual. */
export async function evaluationResults(deps: Deps, caller: Caller, filter: { courseId?: string; providerId?: string }) {
  const rows = (await trainingSessionRepository(deps.db).list(sessionVisibilityOf(caller))).filter(
    (r) =>
      ['delivered', 'evaluated'].includes(r.status) &&
      (!filter.courseId || r.courseId === filter.courseId) &&
      (!filter.providerId || r.providerId === filter.providerId),
  );
  const outcomes: ('passed' | 'not_passed' | null)[] = [];
  for (const r of rows) outcomes.push(...(await enrolmentRepository(deps.db).listForSession(r.id, null, ['confirmed'])).map((p) => p.outcome));
  const summary = await summariseEvaluation(deps, rows.map((r) => r.id), outcomes);
  return { scope: { sessionId: null, courseId: filter.courseId ?? null, providerId: filter.providerId ?? null }, ...summary };
}

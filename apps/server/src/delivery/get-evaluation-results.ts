import type { EvaluationQuery, EvaluationResults } from '@mutualis/contracts';
import { type EnrolmentOutcome, sessionIsDelivered } from '@mutualis/domain/delivery/index';
import type { Caller, Deps } from '../caller.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { summariseEvaluation } from './summarise-evaluation.ts';
import { sessionVisibilityOf } from './visible-session.ts';

/** Evaluation results over the delivered sessions the caller sees, of a course or a provider (or all). */
export async function getEvaluationResults(
  deps: Deps,
  caller: Caller,
  filter: EvaluationQuery,
): Promise<EvaluationResults> {
  const rows = (await trainingSessionRepository(deps.db).list(sessionVisibilityOf(caller))).filter(
    (r) =>
      sessionIsDelivered(r.status) &&
      (!filter.courseId || r.courseId === filter.courseId) &&
      (!filter.providerId || r.providerId === filter.providerId),
  );
  const outcomes: (EnrolmentOutcome | null)[] = [];
  for (const r of rows)
    outcomes.push(
      ...(await enrolmentRepository(deps.db).listForSession(r.id, null, ['confirmed'])).map((p) => p.outcome),
    );
  const summary = await summariseEvaluation(
    deps.db,
    rows.map((r) => r.id),
    outcomes,
  );
  return {
    scope: { sessionId: null, courseId: filter.courseId ?? null, providerId: filter.providerId ?? null },
    ...summary,
  };
}

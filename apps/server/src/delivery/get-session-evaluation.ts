import type { EvaluationResults } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { summariseEvaluation } from './summarise-evaluation.ts';
import { visibleSession } from './visible-session.ts';

/** Evaluation results of one session (coordinator, or its trainer). */
export async function getSessionEvaluation(deps: Deps, caller: Caller, input: { sessionId: string }): Promise<EvaluationResults> {
  const row = await visibleSession(deps, caller, input.sessionId);
  const people = await enrolmentRepository(deps.db).listForSession(row.id, null, ['confirmed']);
  const summary = await summariseEvaluation(deps.db, [row.id], people.map((p) => p.outcome));
  return { scope: { sessionId: row.id, courseId: null, providerId: null }, ...summary };
}

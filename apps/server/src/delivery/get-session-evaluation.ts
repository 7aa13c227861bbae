import type { EvaluationResults } from '@mutualis/contracts';
import { ROSTER_STATUSES } from '@mutualis/domain/delivery/index';
import type { Caller, Deps } from '../caller.ts';
import { notFound } from '../errors.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { summariseEvaluation } from './summarise-evaluation.ts';
import { visibleSession } from './visible-session.ts';

/**
 * Evaluation results of one session. Coordinators and its trainers read every mean; a member contact
 * whose firm took part reads aggregates only (no mean over fewer than 5 answers) and its own
 * participants' outcomes, never anyone's answers.
 */
export async function getSessionEvaluation(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string },
): Promise<EvaluationResults> {
  const row = await visibleSession(deps, caller, input.sessionId);
  const employer = caller.role === 'member_contact';
  const people = await enrolmentRepository(deps.db).listForSession(
    row.id,
    employer ? caller.memberId : null,
    employer ? ROSTER_STATUSES : ['confirmed'],
  );
  if (employer && people.length === 0) throw notFound('session');
  const outcomes = people.filter((p) => p.status === 'confirmed').map((p) => p.outcome);
  const summary = await summariseEvaluation(deps.db, [row.id], outcomes, { aggregatesOnly: employer });
  return { scope: { sessionId: row.id, courseId: null, providerId: null }, ...summary };
}

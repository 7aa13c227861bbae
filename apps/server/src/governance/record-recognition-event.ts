import type { RecognitionFile, RecordRecognitionEvent } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import {
  checkRecognitionEvent,
  type RecognitionEventKind,
  recognitionStatusOf,
} from '@mutualis/domain/governance/recognition';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { readRecognition } from './get-recognition.ts';
import { coordinatorMutualOf } from './governance-access.ts';
import { recognitionRepository } from './recognition-repository.ts';

/**
 * Records a step of the recognition (coordinators), if the rules allow it after the history: the
 * move from the current status, dates that never go back, ≥ 10 days to answer a notice, and no
 * suspension or revocation before that deadline (s.7).
 */
export async function recordRecognitionEvent(
  deps: Deps,
  caller: Caller,
  input: RecordRecognitionEvent,
): Promise<RecognitionFile> {
  const mutualId = coordinatorMutualOf(caller);
  const now = deps.now();
  if (input.occurredOn > todayInMontreal(now)) throw invalid('occurredOn', 'date_in_future');
  return inTransaction(deps, async (tx) => {
    const repo = recognitionRepository(tx.db);
    await repo.lock(mutualId);
    const history = (await repo.events(mutualId)).map((e) => ({
      kind: e.kind as RecognitionEventKind,
      occurredOn: e.occurred_on,
      answerDueOn: e.answer_due_on,
    }));
    const next = {
      kind: input.kind,
      occurredOn: input.occurredOn,
      answerDueOn: input.kind === 'notice_given' ? (input.answerDueOn ?? null) : null,
    };
    const refusal = checkRecognitionEvent(history, next);
    if (refusal) {
      switch (refusal.reason) {
        case 'transition_not_allowed':
          throw new AppError('transition_not_allowed', 'recognition_step_not_allowed');
        case 'before_last_event':
          throw invalid('occurredOn', 'before_last_step', { date: refusal.lastOn });
        case 'answer_due_missing':
          throw invalid('answerDueOn', 'answer_due_required');
        case 'notice_too_short':
          throw invalid('answerDueOn', 'notice_too_short', { date: refusal.earliestDueOn });
        case 'answer_period_running':
          throw new AppError('transition_not_allowed', 'answer_period_running', {
            params: { date: refusal.answerDueOn },
            fields: [{ field: 'occurredOn', code: 'after_answer_due', params: { date: refusal.answerDueOn } }],
          });
      }
    }
    const id = await repo.insertEvent({
      mutual_id: mutualId,
      kind: next.kind,
      occurred_on: next.occurredOn,
      answer_due_on: next.answerDueOn,
      note: input.note ?? '',
      created_by: caller.userId,
    });
    const after = [...history, next];
    const status = recognitionStatusOf(after);
    if (input.kind === 'recognised') await repo.setRecognisedSince(mutualId, input.occurredOn);
    if (status === 'revoked' || status === 'refused') await repo.setRecognisedSince(mutualId, null);
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: `recognition.${input.kind}`,
      entityType: 'recognition_event',
      entityId: id,
      change: input,
    });
    return readRecognition(tx.db, mutualId, todayInMontreal(now));
  });
}

import type { QuestionnaireAnswers } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { type EvaluationLevel, validateAnswers } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type Deps, inTransaction } from '../caller.ts';
import { AppError, invalidFields } from '../errors.ts';
import { questionnaireByToken } from './questionnaire-by-token.ts';
import { questionnaireRepository } from './questionnaire-repository.ts';

/** Records the answers of a personal link (no login), once, while it is open. */
export async function answerQuestionnaire(
  deps: Deps,
  input: { questionnaireToken: string } & QuestionnaireAnswers,
): Promise<void> {
  const { answers } = input;
  const q = await questionnaireByToken(deps, input.questionnaireToken);
  const errors = validateAnswers(q.level as EvaluationLevel, answers);
  if (errors.length) throw invalidFields(errors);
  if (q.closesOn && todayInMontreal(deps.now()) > q.closesOn)
    throw new AppError('questionnaire_closed', 'questionnaire_closed');
  await inTransaction(deps, async (tx) => {
    const ok = await questionnaireRepository(tx.db).answer(q.id, answers, deps.now().toISOString());
    if (!ok) throw new AppError('already_answered', 'already_answered');
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: q.mutualId,
      actorUserId: null,
      action: 'questionnaire.answer',
      entityType: 'questionnaire',
      entityId: q.id,
      change: { level: q.level },
    });
  });
}

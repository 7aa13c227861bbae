import { todayInMontreal } from '@mutualis/domain/dates';
import {
  type ChoiceQuestion,
  PARTICIPATION_QUESTIONNAIRES,
  type ParticipationKind,
  validateParticipationAnswers,
} from '@mutualis/domain/participation/questionnaires';
import { hashToken } from '../accounts/index.ts';
import { auditRepository } from '../audit/index.ts';
import { type Deps, inTransaction } from '../caller.ts';
import { AppError, invalidFields, notFound } from '../errors.ts';
import { participationRepository } from './questionnaire-repository.ts';

// Tokens are 43 base64url characters; anything else is not looked up.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

async function byToken(deps: Deps, token: string) {
  const q = TOKEN.test(token) ? await participationRepository(deps.db).byTokenHash(hashToken(token)) : undefined;
  if (!q) throw notFound('questionnaire');
  return q;
}

/** The questions of a personal link, in the recipient's language; nothing about other firms. */
export async function viewParticipationForm(deps: Deps, token: string) {
  const q = await byToken(deps, token);
  return {
    kind: q.kind,
    locale: q.locale,
    firmName: q.firm_name,
    answered: q.answered_at !== null,
    closed: todayInMontreal(deps.now()) > q.closes_on,
    questions: PARTICIPATION_QUESTIONNAIRES[q.kind as ParticipationKind].map((question) => ({
      id: question.id,
      kind: question.kind,
      text: question[q.locale],
      ...('options' in question
        ? { options: [...(question as ChoiceQuestion).options], labels: (question as ChoiceQuestion).labels }
        : {}),
    })),
  };
}

/** Records the answers of a personal link, once, while it is open. */
export async function answerParticipationForm(deps: Deps, token: string, answers: Record<string, unknown>) {
  const q = await byToken(deps, token);
  const errors = validateParticipationAnswers(q.kind as ParticipationKind, answers);
  if (errors.length) throw invalidFields(errors);
  if (todayInMontreal(deps.now()) > q.closes_on) throw new AppError('questionnaire_closed', 'questionnaire_closed');
  await inTransaction(deps, async (tx) => {
    if (!(await participationRepository(tx.db).answer(q.id, answers, deps.now().toISOString())))
      throw new AppError('already_answered', 'already_answered');
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: q.mutual_id,
      memberId: q.member_id,
      actorUserId: null,
      action: 'participation.answer',
      entityType: 'participation_questionnaire',
      entityId: q.id,
      change: { kind: q.kind },
    });
  });
}

import type { QuestionnaireView } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { type EvaluationLevel, QUESTIONNAIRES, sessionTitleIn } from '@mutualis/domain/delivery/index';
import type { Deps } from '../caller.ts';
import { questionnaireByToken } from './questionnaire-by-token.ts';

/** The questions of a personal link (no login), in the recipient's language; nothing about other people. */
export async function viewQuestionnaire(deps: Deps, input: { questionnaireToken: string }): Promise<QuestionnaireView> {
  const q = await questionnaireByToken(deps, input.questionnaireToken);
  const level = q.level as EvaluationLevel;
  return {
    level,
    locale: q.locale,
    sessionTitle: sessionTitleIn({ ownTitle: q.title, courseTitleFr: q.titleFr, courseTitleEn: q.titleEn }, q.locale),
    answered: q.answeredAt !== null,
    closed: Boolean(q.closesOn && todayInMontreal(deps.now()) > q.closesOn),
    questions: QUESTIONNAIRES[level].map((question) => ({
      id: question.id,
      kind: question.kind,
      text: question[q.locale],
    })),
  };
}

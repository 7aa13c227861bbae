import { todayInMontreal } from '@mutualis/domain/dates';
import { type EvaluationLevel, QUESTIONNAIRES, summariseAnswers, validateAnswers } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { questionnaireRepository } from './questionnaire-repository.ts';
import { AppError } from '../errors.ts';
import type { Deps } from '../caller.ts';
import { hashToken } from '../accounts/index.ts';

// Tokens are 43 base64url characters; anything else is not looked up.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

async function byToken(deps: Deps, token: string) {
  const q = TOKEN.test(token) ? await questionnaireRepository(deps.db).byTokenHash(hashToken(token)) : undefined;
  // the same answer for a malformed, unknown or revoked token: nothing leaks
  if (!q) throw new AppError('not_found', 'Questionnaire not found');
  return q;
}

/** The questions of a personal link, in the recipient's language; nothing about other people. */
export async function viewQuestionnaire(deps: Deps, token: string) {
  const q = await byToken(deps, token);
  const level = q.level as EvaluationLevel;
  return {
    level,
    locale: q.locale,
    sessionTitle: q.locale === 'en' ? q.titleEn : (q.title ?? q.titleFr),
    answered: q.answeredAt !== null,
    closed: Boolean(q.closesOn && todayInMontreal(deps.now()) > q.closesOn),
    questions: QUESTIONNAIRES[level].map((question) => ({ id: question.id, kind: question.kind, text: question[q.locale] })),
  };
}

/** Records the answers of a personal link, once, while it is open. */
export async function answerQuestionnaire(deps: Deps, token: string, answers: Record<string, number | string>) {
  const q = await byToken(deps, token);
  const errors = validateAnswers(q.level as EvaluationLevel, answers);
  if (errors.length) throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { fields: errors });
  if (q.closesOn && todayInMontreal(deps.now()) > q.closesOn) throw new AppError('questionnaire_closed', 'This questionnaire is closed');
  await deps.db.transaction().execute(async (trx) => {
    const ok = await questionnaireRepository(trx).answer(q.id, answers, deps.now().toISOString());
    if (!ok) throw new AppError('already_answered', 'This questionnaire was already answered');
    await auditRepository(trx).record({
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

/** Results of the questionnaires and of the participants' outcomes over a set of sessions. */
export async function summariseEvaluation(deps: Deps, sessionIds: string[], outcomes: ('passed' | 'not_passed' | null)[]) {
  const rows = await questionnaireRepository(deps.db).forSessions(sessionIds);
  const levels = ([1, 2, 3] as const).map((level) => {
    const mine = rows.filter((r) => r.level === level);
    const answered = mine.map((r) => r.answers).filter((a): a is Record<string, number | string> => a !== null);
    const summary = summariseAnswers(level, answered);
    return { level, sent: mine.filter((r) => r.sentAt).length, responses: summary.responses, means: summary.means };
  });
  return {
    sessions: sessionIds.length,
    levels,
    outcomes: {
      passed: outcomes.filter((o) => o === 'passed').length,
      notPassed: outcomes.filter((o) => o === 'not_passed').length,
      none: outcomes.filter((o) => o === null).length,
    },
  };
}

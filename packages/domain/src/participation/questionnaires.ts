// The participation questionnaires, on the evaluation questionnaires' model (delivery/evaluation.ts:
// the same scale and text questions, validated the same way), with choice questions added: a member
// at joining and at renewal, a lapsed member leaving, a prospect that did not join.
import type { Question } from '../delivery/evaluation.ts';
import { BARRIER_REASON_CODES, HEARD_FROM_CODES, JOIN_REASON_CODES } from './reasons.ts';

export const PARTICIPATION_KINDS = ['joining', 'renewal', 'exit', 'prospect'] as const;
export type ParticipationKind = (typeof PARTICIPATION_KINDS)[number];

/** A question with choices: one (`single`) or several (`multiple`) codes among `options`. */
export interface ChoiceQuestion {
  id: string;
  kind: 'single' | 'multiple';
  options: readonly string[];
  /** Which reason list labels the options (the web app and e-mails translate codes with it). */
  labels: 'join' | 'barrier' | 'heardFrom';
  fr: string;
  en: string;
}

export type ParticipationQuestion = Question | ChoiceQuestion;

/** The questions of each kind; scales run from 1 (not at all) to 5 (completely), as in evaluations. */
export const PARTICIPATION_QUESTIONNAIRES: Record<ParticipationKind, readonly ParticipationQuestion[]> = {
  joining: [
    {
      id: 'reasons',
      kind: 'multiple',
      options: JOIN_REASON_CODES,
      labels: 'join',
      fr: 'Pourquoi avez-vous adhéré à la mutuelle ?',
      en: 'Why did you join the mutual?',
    },
    {
      id: 'heardFrom',
      kind: 'single',
      options: HEARD_FROM_CODES,
      labels: 'heardFrom',
      fr: 'Comment avez-vous connu la mutuelle ?',
      en: 'How did you hear of the mutual?',
    },
    {
      id: 'expectations',
      kind: 'scale',
      fr: 'Nous croyons que la mutuelle répondra à nos besoins de formation.',
      en: 'We believe the mutual will meet our training needs.',
    },
    {
      id: 'concerns',
      kind: 'multiple',
      options: BARRIER_REASON_CODES,
      labels: 'barrier',
      fr: 'Qu’est-ce qui vous a fait hésiter ?',
      en: 'What made you hesitate?',
    },
    { id: 'comment', kind: 'text', fr: 'Commentaires', en: 'Comments' },
  ],
  renewal: [
    {
      id: 'satisfaction',
      kind: 'scale',
      fr: 'Dans l’ensemble, nous sommes satisfaits de la mutuelle.',
      en: 'Overall, we are satisfied with the mutual.',
    },
    {
      id: 'valueForMoney',
      kind: 'scale',
      fr: 'La cotisation vaut ce qu’elle coûte.',
      en: 'The membership is worth its cost.',
    },
    {
      id: 'intentToRenew',
      kind: 'scale',
      fr: 'Nous comptons renouveler notre adhésion.',
      en: 'We intend to renew our membership.',
    },
    {
      id: 'reasons',
      kind: 'multiple',
      options: JOIN_REASON_CODES,
      labels: 'join',
      fr: 'Ce qui vous fait rester',
      en: 'What keeps you in the mutual',
    },
    {
      id: 'concerns',
      kind: 'multiple',
      options: BARRIER_REASON_CODES,
      labels: 'barrier',
      fr: 'Ce qui pourrait vous faire partir',
      en: 'What could make you leave',
    },
    { id: 'comment', kind: 'text', fr: 'Commentaires', en: 'Comments' },
  ],
  exit: [
    {
      id: 'reasons',
      kind: 'multiple',
      options: BARRIER_REASON_CODES,
      labels: 'barrier',
      fr: 'Pourquoi avez-vous quitté la mutuelle ?',
      en: 'Why did you leave the mutual?',
    },
    {
      id: 'satisfaction',
      kind: 'scale',
      fr: 'Nous étions satisfaits de la mutuelle.',
      en: 'We were satisfied with the mutual.',
    },
    { id: 'wouldReturn', kind: 'scale', fr: 'Nous pourrions revenir.', en: 'We might come back.' },
    { id: 'comment', kind: 'text', fr: 'Commentaires', en: 'Comments' },
  ],
  prospect: [
    {
      id: 'reasons',
      kind: 'multiple',
      options: BARRIER_REASON_CODES,
      labels: 'barrier',
      fr: 'Pourquoi n’avez-vous pas adhéré ?',
      en: 'Why did you not join?',
    },
    { id: 'interest', kind: 'scale', fr: 'Nous pourrions adhérer plus tard.', en: 'We might join later.' },
    { id: 'comment', kind: 'text', fr: 'Commentaires', en: 'Comments' },
  ],
};

export type ParticipationAnswers = Record<string, number | string | string[]>;

/** Why an answer is refused (a message code of the server's catalogue). */
export type ParticipationAnswerProblem =
  | 'unknown_question'
  | 'required'
  | 'scale_answer'
  | 'text_too_long'
  | 'one_of'
  | 'distinct_among'
  | 'choose_at_least_one';

/** Validates answers against a kind's questions (scales 1–5 required, choices among the options, text ≤ 4,000); returns field errors. */
export function validateParticipationAnswers(
  kind: ParticipationKind,
  answers: Record<string, unknown>,
): { field: string; code: ParticipationAnswerProblem; params?: Record<string, string | number> }[] {
  const errors: { field: string; code: ParticipationAnswerProblem; params?: Record<string, string | number> }[] = [];
  const questions = PARTICIPATION_QUESTIONNAIRES[kind];
  const known = new Set(questions.map((q) => q.id));
  for (const key of Object.keys(answers))
    if (!known.has(key)) errors.push({ field: `answers.${key}`, code: 'unknown_question' });
  for (const q of questions) {
    const v = answers[q.id];
    const field = `answers.${q.id}`;
    if (q.kind === 'scale') {
      if (v === undefined) errors.push({ field, code: 'required' });
      else if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 5)
        errors.push({ field, code: 'scale_answer' });
    } else if (q.kind === 'text') {
      if (v !== undefined && (typeof v !== 'string' || v.length > 4000))
        errors.push({ field, code: 'text_too_long', params: { maximum: 4000 } });
    } else if (q.kind === 'single') {
      const { options } = q as ChoiceQuestion;
      if (v !== undefined && (typeof v !== 'string' || !options.includes(v)))
        errors.push({ field, code: 'one_of', params: { options: options.join(', ') } });
    } else {
      const { options } = q as ChoiceQuestion;
      if (v === undefined) continue;
      if (
        !Array.isArray(v) ||
        v.some((c) => typeof c !== 'string' || !options.includes(c)) ||
        new Set(v).size !== v.length
      ) {
        errors.push({ field, code: 'distinct_among', params: { options: options.join(', ') } });
      } else if (q.id === 'reasons' && v.length === 0) errors.push({ field, code: 'choose_at_least_one' });
    }
  }
  return errors;
}

/** The questionnaire a firm's status calls for: joining (a new member), renewal (an active one), exit (lapsed or withdrawn), prospect. */
export function questionnaireKindFor(
  status: 'prospect' | 'active' | 'lapsed' | 'withdrawn',
  joinedThisYear: boolean,
): ParticipationKind {
  if (status === 'prospect') return 'prospect';
  if (status === 'lapsed' || status === 'withdrawn') return 'exit';
  return joinedThisYear ? 'joining' : 'renewal';
}

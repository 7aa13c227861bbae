// Evaluation questionnaires (Kirkpatrick levels 1–3) and their results.
import { addDays } from '../dates.ts';

/** Kirkpatrick levels: 1 satisfaction and 2 learning (each participant), 3 use at work (each firm, later). */
export const EVALUATION_LEVELS = [1, 2, 3] as const;
export type EvaluationLevel = (typeof EVALUATION_LEVELS)[number];

/** The levels each participant answers right after delivery; level 3 goes to the firm's contact. */
export const PARTICIPANT_LEVELS = [1, 2] as const satisfies readonly EvaluationLevel[];

/** A question is answered on a scale or in words. */
export const QUESTION_KINDS = ['scale', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The points of every scale question, from 1 (not at all) to 5 (completely). */
export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;

export interface Question {
  id: string;
  kind: QuestionKind;
  fr: string;
  en: string;
}

/** The questions of each level; scales run from 1 (not at all) to 5 (completely). */
export const QUESTIONNAIRES: Record<EvaluationLevel, readonly Question[]> = {
  1: [
    {
      id: 'overall',
      kind: 'scale',
      fr: 'Dans l’ensemble, êtes-vous satisfait de la formation ?',
      en: 'Overall, are you satisfied with the training?',
    },
    {
      id: 'trainer',
      kind: 'scale',
      fr: 'La formatrice ou le formateur était clair et compétent.',
      en: 'The trainer was clear and competent.',
    },
    {
      id: 'relevance',
      kind: 'scale',
      fr: 'Le contenu est utile pour mon travail.',
      en: 'The content is useful for my work.',
    },
    {
      id: 'logistics',
      kind: 'scale',
      fr: 'Le lieu, l’horaire et le matériel convenaient.',
      en: 'The place, schedule and materials were suitable.',
    },
    { id: 'comment', kind: 'text', fr: 'Commentaires', en: 'Comments' },
  ],
  2: [
    {
      id: 'objectives',
      kind: 'scale',
      fr: 'J’ai atteint les objectifs de la formation.',
      en: 'I reached the objectives of the training.',
    },
    {
      id: 'before',
      kind: 'scale',
      fr: 'Mon niveau de compétence avant la formation.',
      en: 'My skill level before the training.',
    },
    {
      id: 'after',
      kind: 'scale',
      fr: 'Mon niveau de compétence après la formation.',
      en: 'My skill level after the training.',
    },
    {
      id: 'confidence',
      kind: 'scale',
      fr: 'Je me sens capable d’appliquer ce que j’ai appris.',
      en: 'I feel able to apply what I learned.',
    },
  ],
  3: [
    {
      id: 'applied',
      kind: 'scale',
      fr: 'Les employés utilisent au travail les compétences acquises.',
      en: 'The employees use the skills they acquired at work.',
    },
    {
      id: 'improvement',
      kind: 'scale',
      fr: 'Nous observons une amélioration du travail.',
      en: 'We see an improvement in the work.',
    },
    { id: 'obstacles', kind: 'text', fr: 'Obstacles à l’application', en: 'Obstacles to applying the skills' },
  ],
};

export type Answers = Record<string, number | string>;

/** Why an answer is refused (the server writes each in the reader's language). */
export type AnswerProblem = 'unknown_question' | 'required' | 'scale_answer' | 'text_too_long';

/** Validates answers against a level's questions; returns field errors (empty when valid). */
export function validateAnswers(
  level: EvaluationLevel,
  answers: Answers,
): { field: string; code: AnswerProblem; params?: { maximum: number } }[] {
  const errors: { field: string; code: AnswerProblem; params?: { maximum: number } }[] = [];
  const known = new Set(QUESTIONNAIRES[level].map((q) => q.id));
  for (const key of Object.keys(answers))
    if (!known.has(key)) errors.push({ field: `answers.${key}`, code: 'unknown_question' });
  for (const q of QUESTIONNAIRES[level]) {
    const v = answers[q.id];
    if (q.kind === 'scale') {
      if (v === undefined) errors.push({ field: `answers.${q.id}`, code: 'required' });
      else if (typeof v !== 'number' || !(SCALE_POINTS as readonly number[]).includes(v))
        errors.push({ field: `answers.${q.id}`, code: 'scale_answer' });
    } else if (v !== undefined && (typeof v !== 'string' || v.length > 4000)) {
      errors.push({ field: `answers.${q.id}`, code: 'text_too_long', params: { maximum: 4000 } });
    }
  }
  return errors;
}

export interface LevelSummary {
  level: EvaluationLevel;
  responses: number;
  /** Mean of each scale question, rounded to 2 decimals; null without answers. */
  means: Record<string, number | null>;
}

/** Averages the scale answers of one level. */
export function summariseAnswers(level: EvaluationLevel, all: readonly Answers[]): LevelSummary {
  const means: Record<string, number | null> = {};
  for (const q of QUESTIONNAIRES[level]) {
    if (q.kind !== 'scale') continue;
    const values = all.map((a) => a[q.id]).filter((v): v is number => typeof v === 'number');
    means[q.id] = values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null;
  }
  return { level, responses: all.length, means };
}

/** The level-3 follow-up goes to the member contact 60 days after the last meeting day and closes at 90. */
export function level3Window(lastDay: string): { sendOn: string; closesOn: string } {
  return { sendOn: addDays(lastDay, 60), closesOn: addDays(lastDay, 90) };
}

/** Fewer answers than this are never shown to an employer: a mean of 1 to 4 answers gives people's answers away. */
export const SMALL_CELL_MIN = 5;

/**
 * A level's summary as an employer may read it: the means only over at least `min` answers (else
 * null, and `suppressed`), never an individual answer.
 */
export function suppressSmallCell<T extends { responses: number; means: Record<string, number | null> }>(
  summary: T,
  min = SMALL_CELL_MIN,
): T & { suppressed: boolean } {
  if (summary.responses === 0 || summary.responses >= min) return { ...summary, suppressed: false };
  return { ...summary, means: Object.fromEntries(Object.keys(summary.means).map((k) => [k, null])), suppressed: true };
}

// Evaluation results by level (Kirkpatrick/Phillips): 1 reaction, 2 learning, 3 behaviour at 60–90
// days — from the delivery questionnaires' answers — each a mean on the 1–5 scale with its 95 %
// interval, suppressed below 5 answers or 3 firms. Levels 4 (results) and 5 (ROI) are the effect
// estimates of the dashboard.
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { QUESTIONNAIRES } from '../delivery/evaluation.ts';
import { cellIsShown } from '../outcomes/suppression.ts';

export interface AnsweredQuestionnaire {
  level: 1 | 2 | 3;
  memberId: string;
  answers: Record<string, unknown>;
}

export interface QuestionResult {
  question: string;
  /** Mean on the 1–5 scale; for level 2's "gain", the mean of after − before (−4 to 4). */
  mean: number | null;
  ci95: [number, number] | null;
  responses: number | null;
}

export interface LevelResult {
  level: 1 | 2 | 3;
  /** Answered questionnaires and their firms; null when a small cell. */
  responses: number | null;
  firms: number | null;
  questions: QuestionResult[];
}

const Z = normalQuantile(0.975, 0, 1);

function summary(question: string, values: number[], firms: number): QuestionResult {
  if (!cellIsShown({ people: values.length, firms })) return { question, mean: null, ci95: null, responses: null };
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
  const half = Z * Math.sqrt(variance / n);
  return { question, mean, ci95: [mean - half, mean + half], responses: n };
}

/** The results of levels 1–3 over the answered questionnaires (scales only; comments are never shown). */
export function evaluationLevels(questionnaires: readonly AnsweredQuestionnaire[]): LevelResult[] {
  return ([1, 2, 3] as const).map((level) => {
    const mine = questionnaires.filter((q) => q.level === level);
    const firms = new Set(mine.map((q) => q.memberId)).size;
    const shown = cellIsShown({ people: mine.length, firms });
    const questions: QuestionResult[] = [];
    for (const q of QUESTIONNAIRES[level]) {
      if (q.kind !== 'scale') continue;
      const answered = mine.filter((a) => typeof a.answers[q.id] === 'number');
      questions.push(
        summary(
          q.id,
          answered.map((a) => a.answers[q.id] as number),
          new Set(answered.map((a) => a.memberId)).size,
        ),
      );
    }
    if (level === 2) {
      const both = mine.filter((a) => typeof a.answers.before === 'number' && typeof a.answers.after === 'number');
      questions.push(
        summary(
          'gain',
          both.map((a) => (a.answers.after as number) - (a.answers.before as number)),
          new Set(both.map((a) => a.memberId)).size,
        ),
      );
    }
    return { level, responses: shown ? mine.length : null, firms: shown ? firms : null, questions };
  });
}

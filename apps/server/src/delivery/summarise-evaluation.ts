import {
  type EnrolmentOutcome,
  EVALUATION_LEVELS,
  summariseAnswers,
  suppressSmallCell,
} from '@mutualis/domain/delivery/index';
import type { Db } from '../db/client.ts';
import { questionnaireRepository } from './questionnaire-repository.ts';

/**
 * Results of the questionnaires and of the participants' outcomes over a set of sessions. With
 * `aggregatesOnly` (an employer reads them), a level's means show only over at least 5 answers.
 */
export async function summariseEvaluation(
  db: Db,
  sessionIds: string[],
  outcomes: (EnrolmentOutcome | null)[],
  options: { aggregatesOnly?: boolean } = {},
) {
  const rows = await questionnaireRepository(db).forSessions(sessionIds);
  const levels = EVALUATION_LEVELS.map((level) => {
    const mine = rows.filter((r) => r.level === level);
    const answered = mine.map((r) => r.answers).filter((a): a is Record<string, number | string> => a !== null);
    const summary = summariseAnswers(level, answered);
    const shown = {
      level,
      sent: mine.filter((r) => r.sentAt).length,
      responses: summary.responses,
      means: summary.means,
    };
    return options.aggregatesOnly ? suppressSmallCell(shown) : { ...shown, suppressed: false };
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

// What an employee's own evaluation questionnaire is at, as its learner record shows it: never its answers.

/** A participant questionnaire's standing: not sent yet, waiting for an answer, answered, closed unanswered. */
export const QUESTIONNAIRE_STATUSES = ['scheduled', 'sent', 'answered', 'closed'] as const;
export type QuestionnaireStatus = (typeof QUESTIONNAIRE_STATUSES)[number];

/** The standing of a questionnaire on `today` from its dates alone. */
export function questionnaireStatusOf(
  q: { sentAt: string | null; answeredAt: string | null; closesOn: string | null },
  today: string,
): QuestionnaireStatus {
  if (q.answeredAt) return 'answered';
  if (q.closesOn && q.closesOn < today) return 'closed';
  return q.sentAt ? 'sent' : 'scheduled';
}

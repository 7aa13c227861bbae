import { addDays, todayInMontreal } from '@mutualis/domain/dates';
import { type Deps, inTransaction } from '../caller.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { notifyParticipants } from './notify-delivery.ts';
import { trainingSessionRepository } from './session-repository.ts';

/** Reminds confirmed participants of scheduled sessions starting within `daysAhead` days, once each (a job). */
export async function sendReminders(deps: Deps, daysAhead = 3) {
  const today = todayInMontreal(deps.now());
  const until = addDays(today, daysAhead);
  const ids = await enrolmentRepository(deps.db).dueForReminder(today, until);
  let sent = 0;
  for (const { sessionId, mutualId } of ids) {
    // counted once committed: a transaction that crossed another runs again (decision 86)
    sent += await inTransaction(deps, async (tx) => {
      const row = await trainingSessionRepository(tx.db).find(sessionId, { kind: 'mutual', mutualId });
      if (row?.status !== 'scheduled') return 0;
      const enrolments = enrolmentRepository(tx.db);
      const people = (await enrolments.listForSession(sessionId, null, ['confirmed'])).filter((p) => !p.reminderSentAt);
      await notifyParticipants(tx, row, people, 'session_reminder');
      await enrolments.markReminded(
        people.map((p) => p.id),
        deps.now().toISOString(),
      );
      return people.length;
    });
  }
  return sent;
}

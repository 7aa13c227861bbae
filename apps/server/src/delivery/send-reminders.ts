import { addDays, todayInMontreal } from '@mutualis/domain/dates';
import { enrolmentRepository } from './enrolment-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';
import type { Deps } from '../caller.ts';
import { notifyParticipants } from './notify-delivery.ts';

/** Reminds confirmed participants of scheduled sessions starting within `daysAhead` days, once each. */
export async function sendReminders(deps: Deps, daysAhead = 3) {
  const today = todayInMontreal(deps.now());
  const until = addDays(today, daysAhead);
  const ids = await enrolmentRepository(deps.db).dueForReminder(today, until);
  let sent = 0;
  for (const { sessionId, mutualId } of ids) {
    await deps.db.transaction().execute(async (trx) => {
      const row = await trainingSessionRepository(trx).find(sessionId, { kind: 'mutual', mutualId });
      if (row?.status !== 'scheduled') return;
      const enrolments = enrolmentRepository(trx);
      const people = (await enrolments.listForSession(sessionId, null, ['confirmed'])).filter((p) => !p.reminderSentAt);
      await notifyParticipants(trx, deps, row, people, 'session_reminder');
      await enrolments.markReminded(people.map((p) => p.id), deps.now().toISOString());
      sent += people.length;
    });
  }
  return sent;
}

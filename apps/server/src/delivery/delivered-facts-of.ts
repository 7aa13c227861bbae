import { deliveredFacts, KEPT_SEAT_STATUSES } from '@mutualis/domain/delivery/index';
import type { Db } from '../db/client.ts';
import { attendanceRepository } from './attendance-repository.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';

/**
 * A session's delivered facts (domain `deliveredFacts`: dates and hours from its meeting days, hours
 * per participant from attendance) with the participants who kept their seat to the end. The
 * register, the attestations and the roster all read them here, so they never disagree.
 */
export async function deliveredFactsOf(db: Db, session: { id: string; mutualId: string }) {
  const sessions = trainingSessionRepository(db);
  const [days, people, attendance, settings] = await Promise.all([
    sessions.meetingDays(session.id),
    enrolmentRepository(db).listForSession(session.id, null, KEPT_SEAT_STATUSES),
    attendanceRepository(db).forSession(session.id),
    sessions.mutualSettings(session.mutualId),
  ]);
  const facts = deliveredFacts({
    days,
    participants: people.map((p) => ({ enrolmentId: p.id })),
    attendance,
    completionThreshold: settings.completionThresholdPct / 100,
  });
  const byEnrolment = new Map(facts.participants.map((p) => [p.enrolmentId, p]));
  return { facts, days, people: people.map((p) => ({ ...p, delivered: byEnrolment.get(p.id)! })) };
}

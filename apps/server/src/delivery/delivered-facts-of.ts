import { deliveredFacts, KEPT_SEAT_STATUSES } from '@mutualis/domain/delivery/index';
import type { Db } from '../db/client.ts';
import { attendanceRepository } from './attendance-repository.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';

type Day = Awaited<ReturnType<ReturnType<typeof trainingSessionRepository>['meetingDays']>>[number];
type Person = Awaited<ReturnType<ReturnType<typeof enrolmentRepository>['listForSession']>>[number];
type Mark = Awaited<ReturnType<ReturnType<typeof attendanceRepository>['forSession']>>[number];

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
  return factsFrom(days, people, attendance, settings.completionThresholdPct);
}

/**
 * The delivered facts of many sessions (a register page), by session id: the same as `deliveredFactsOf`
 * for each, read with one statement of each kind for all of them rather than four for each.
 */
export async function deliveredFactsOfMany(db: Db, list: readonly { id: string; mutualId: string }[]) {
  const sessions = trainingSessionRepository(db);
  const ids = list.map((s) => s.id);
  const mutualIds = [...new Set(list.map((s) => s.mutualId))];
  const [days, people, attendance, settings] = await Promise.all([
    sessions.meetingDaysOf(ids),
    enrolmentRepository(db).listForSessions(ids, KEPT_SEAT_STATUSES),
    attendanceRepository(db).forSessions(ids),
    Promise.all(mutualIds.map((id) => sessions.mutualSettings(id))),
  ]);
  const group = <T extends { sessionId: string }>(rows: T[]) => {
    const out = new Map<string, T[]>();
    for (const r of rows) out.set(r.sessionId, [...(out.get(r.sessionId) ?? []), r]);
    return out;
  };
  const daysOf = group(days);
  const peopleOf = group(people);
  const marksOf = group(attendance);
  const threshold = new Map(settings.map((s) => [s.id, s.completionThresholdPct]));
  return new Map(
    list.map((s) => [
      s.id,
      factsFrom(
        // as meetingDays gives them: by day then start, without the session's id
        (daysOf.get(s.id) ?? []).map(({ sessionId: _, ...d }) => d),
        peopleOf.get(s.id) ?? [],
        (marksOf.get(s.id) ?? []).map(({ sessionId: _, ...m }) => m),
        threshold.get(s.mutualId) as number,
      ),
    ]),
  );
}

function factsFrom(days: Day[], people: Person[], attendance: Mark[], completionThresholdPct: number) {
  const facts = deliveredFacts({
    days,
    participants: people.map((p) => ({ enrolmentId: p.id })),
    attendance,
    completionThreshold: completionThresholdPct / 100,
  });
  const byEnrolment = new Map(facts.participants.map((p) => [p.enrolmentId, p]));
  return { facts, days, people: people.map((p) => ({ ...p, delivered: byEnrolment.get(p.id)! })) };
}

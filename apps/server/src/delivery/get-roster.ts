import type { Roster } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { deliveredFacts, ROSTER_STATUSES } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import type { Caller, Deps } from '../caller.ts';
import { attendanceRepository } from './attendance-repository.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { presentSessionSummary } from './present.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { visibleSession } from './visible-session.ts';

/**
 * The roster a trainer (or coordinator) works from: names, firm and job title of the participants
 * who held a seat (never wages), their attendance per meeting day and their result. A member
 * contact sees only its own employees. Access to names is logged.
 */
export async function getRoster(deps: Deps, caller: Caller, input: { sessionId: string }): Promise<Roster> {
  const { sessionId } = input;
  const row = await visibleSession(deps, caller, sessionId);
  const memberId = caller.role === 'member_contact' ? caller.memberId : null;
  const people = await enrolmentRepository(deps.db).listForSession(sessionId, memberId, ROSTER_STATUSES);
  const days = await trainingSessionRepository(deps.db).meetingDays(sessionId);
  const attendance = await attendanceRepository(deps.db).forSession(sessionId);
  // hours as the register and the attestations count them (the delivered facts)
  const hoursOf = new Map(
    deliveredFacts({ days, participants: people.map((p) => ({ enrolmentId: p.id })), attendance }).participants.map(
      (p) => [p.enrolmentId, p.hoursAttended],
    ),
  );
  await auditRepository(deps.db).recordAccess({
    mutualId: row.mutualId,
    actorUserId: caller.userId,
    entityType: 'employee',
    entityIds: people.map((p) => p.employeeId),
    purpose: 'session roster',
  });
  return {
    session: await presentSessionSummary(deps.db, row, caller, todayInMontreal(deps.now())),
    meetingDays: days,
    participants: people.map((p) => {
      const mine = attendance.filter((a) => a.enrolmentId === p.id);
      return {
        enrolmentId: p.id,
        name: p.employeeName,
        firm: p.memberName,
        jobTitle: p.jobTitle,
        status: p.status,
        outcome: p.outcome,
        score: p.score,
        attendance: mine.map((a) => ({ meetingDayId: a.meetingDayId, present: a.present, hours: a.hours })),
        hoursAttended: hoursOf.get(p.id) ?? 0,
      };
    }),
  };
}

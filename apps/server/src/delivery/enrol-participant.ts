import { todayInMontreal } from '@mutualis/domain/dates';
import type { Enrolment } from '@mutualis/contracts';
import { decideEnrolment, promotions } from '@mutualis/domain/delivery/index';
import type { Db } from '../db/client.ts';
import { auditRepository } from '../audit/index.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { AppError, notFound } from '../errors.ts';
import { memberScopeOf } from '../caller.ts';
import type { Deps, Caller } from '../caller.ts';
import { sessionVisibilityOf } from './delivery-access.ts';
import { notifyParticipants } from './notify-delivery.ts';

export const OPEN_FOR_ENROLMENT = ['proposed', 'confirmed', 'scheduled'];

type EnrolmentRow = NonNullable<Awaited<ReturnType<ReturnType<typeof enrolmentRepository>['find']>>>;

/** The API shape of an enrolment; the waitlist rank is computed from arrival order. */
export async function toEnrolmentDto(db: Db, row: EnrolmentRow, knownRank?: number): Promise<Enrolment> {
  let waitlistRank: number | null = knownRank ?? null;
  if (row.status === 'waitlisted' && knownRank === undefined) {
    waitlistRank = await enrolmentRepository(db).waitlistRank(row.sessionId, row.position);
  }
  return {
    id: row.id,
    sessionId: row.sessionId,
    sessionTitle: row.sessionTitle,
    memberId: row.memberId,
    memberName: row.memberName,
    employeeId: row.employeeId,
    employeeName: row.employeeName,
    jobTitle: row.jobTitle,
    status: row.status,
    waitlistRank,
    outcome: row.outcome,
    score: row.score,
    createdAt: row.createdAt,
    statusChangedAt: row.statusChangedAt,
  };
}

/** Seats are counted under the session's row lock, so parallel enrolments never exceed the maximum. */
async function seatDecision(trx: Db, sessionId: string, memberId: string, seatsMax: number, goNoGoDate: string | null, today: string) {
  const picture = await enrolmentRepository(trx).seatPicture(sessionId);
  const released = Boolean(goNoGoDate && today > goNoGoDate);
  return decideEnrolment({ seatsMax, ...picture, reservationsReleased: released }, memberId);
}

/**
 * Enrols an employee: confirmed when its firm has a seat (its reservation or a free seat),
 * otherwise waitlisted. A member contact may enrol only its own firm's employees.
 */
export async function enrolParticipant(deps: Deps, caller: Caller, sessionId: string, employeeId: string) {
  const scope = memberScopeOf(caller);
  const today = todayInMontreal(deps.now());
  return deps.db.transaction().execute(async (trx) => {
    const repo = trainingSessionRepository(trx);
    if (!(await repo.lock(sessionId, scope.mutualId))) throw notFound('Session');
    const row = await repo.find(sessionId, sessionVisibilityOf(caller));
    if (!row) throw notFound('Session');
    if (!OPEN_FOR_ENROLMENT.includes(row.status)) throw new AppError('enrolment_closed', `A ${row.status} session takes no enrolment`);
    const enrolments = enrolmentRepository(trx);
    const employee = await enrolments.employee(employeeId, scope.mutualId);
    if (!employee || (scope.memberId && employee.memberId !== scope.memberId)) {
      throw new AppError('not_found', 'Employee not found', { fields: [{ field: 'employeeId', message: 'no such employee in your firm' }] });
    }
    if (employee.endDate && employee.endDate < today) {
      throw new AppError('validation_failed', 'This employee has left the firm', { fields: [{ field: 'employeeId', message: 'employee has left' }] });
    }
    if (await enrolments.isActive(sessionId, employeeId)) {
      throw new AppError('already_enrolled', 'This employee is already enrolled or waitlisted', { fields: [{ field: 'employeeId', message: 'already enrolled' }] });
    }
    const status = await seatDecision(trx, sessionId, employee.memberId, row.seatsMax, row.goNoGoDate, today);
    const inserted = await enrolments.insert({ mutualId: scope.mutualId, sessionId, memberId: employee.memberId, employeeId, status, enrolledBy: caller.userId });
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: employee.memberId,
      actorUserId: caller.userId,
      action: 'enrolment.create',
      entityType: 'enrolment',
      entityId: inserted.id,
      change: { sessionId, employeeId, status },
    });
    const full = (await enrolments.find(inserted.id, { mutualId: scope.mutualId, memberId: null }))!;
    await notifyParticipants(trx, deps, row, [full], status === 'confirmed' ? (row.status === 'scheduled' ? 'session_invitation' : 'enrolment_confirmation') : 'waitlisted');
    return toEnrolmentDto(trx, full);
  });
}

/**
 * Fills free seats from the waitlist in arrival order (a firm's reservation first goes to its
 * own people) and tells each promoted person. Call it with the session locked.
 */
export async function promoteWaitlist(trx: Db, deps: Deps, sessionId: string, mutualId: string, today: string) {
  const repo = trainingSessionRepository(trx);
  const row = await repo.find(sessionId, { kind: 'mutual', mutualId });
  if (!row || !OPEN_FOR_ENROLMENT.includes(row.status)) return [];
  const enrolments = enrolmentRepository(trx);
  const picture = await enrolments.seatPicture(sessionId);
  const released = Boolean(row.goNoGoDate && today > row.goNoGoDate);
  const waiting = (await enrolments.waitlist(sessionId)).map((w) => ({ ...w, position: Number(w.position) }));
  const promoted = promotions({ seatsMax: row.seatsMax, ...picture, reservationsReleased: released }, waiting);
  const now = deps.now().toISOString();
  const people = [];
  for (const p of promoted) {
    await enrolments.setStatus(p.id, 'confirmed', now, { reason: 'promoted from the waitlist' });
    await auditRepository(trx).record({
      at: now,
      mutualId,
      memberId: p.memberId,
      actorUserId: null,
      action: 'enrolment.promote',
      entityType: 'enrolment',
      entityId: p.id,
      change: { from: 'waitlisted', to: 'confirmed' },
    });
    people.push((await enrolments.find(p.id, { mutualId, memberId: null }))!);
  }
  await notifyParticipants(trx, deps, row, people, 'waitlist_promotion');
  return promoted.map((p) => p.id);
}

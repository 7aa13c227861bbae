import type { Enrolment } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { decideEnrolment, sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, memberScopeOf } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { notifyParticipants } from './notify-delivery.ts';
import { presentEnrolment } from './present.ts';
import { lockVisibleSession } from './visible-session.ts';

/** Seats are counted under the session's row lock, so parallel enrolments never exceed the maximum. */
async function seatDecision(db: Db, sessionId: string, memberId: string, seatsMax: number, goNoGoDate: string | null, today: string) {
  const picture = await enrolmentRepository(db).seatPicture(sessionId);
  const released = Boolean(goNoGoDate && today > goNoGoDate);
  return decideEnrolment({ seatsMax, ...picture, reservationsReleased: released }, memberId);
}

/**
 * Enrols an employee: confirmed when its firm has a seat (its reservation or a free seat),
 * otherwise waitlisted. A member contact may enrol only its own firm's employees. The session's
 * row is locked first, so concurrent enrolments are decided one after the other, in arrival order.
 */
export async function enrolParticipant(deps: Deps, caller: Caller, input: { sessionId: string; employeeId: string }): Promise<Enrolment> {
  const { sessionId, employeeId } = input;
  const scope = memberScopeOf(caller);
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionIsOpenForEnrolment(row.status)) throw new AppError('enrolment_closed', 'session_takes_no_enrolment', { params: { status: row.status } });
    const enrolments = enrolmentRepository(tx.db);
    const employee = await enrolments.employee(employeeId, scope.mutualId);
    if (!employee || (scope.memberId && employee.memberId !== scope.memberId)) {
      throw new AppError('not_found', 'employee_not_found', { fields: [{ field: 'employeeId', code: 'employee_not_in_firm' }] });
    }
    if (employee.endDate && employee.endDate < today) {
      throw new AppError('validation_failed', 'employee_has_left', { fields: [{ field: 'employeeId', code: 'employee_has_left' }] });
    }
    if (await enrolments.isActive(sessionId, employeeId)) {
      throw new AppError('already_enrolled', 'already_enrolled', { fields: [{ field: 'employeeId', code: 'already_enrolled' }] });
    }
    const status = await seatDecision(tx.db, sessionId, employee.memberId, row.seatsMax, row.goNoGoDate, today);
    const inserted = await enrolments.insert({ mutualId: scope.mutualId, sessionId, memberId: employee.memberId, employeeId, status, enrolledBy: caller.userId });
    await auditRepository(tx.db).record({
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
    await notifyParticipants(tx, row, [full], status === 'confirmed' ? (row.status === 'scheduled' ? 'session_invitation' : 'enrolment_confirmation') : 'waitlisted');
    return presentEnrolment(tx.db, full);
  });
}

import type { Enrolment } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { decideEnrolment, sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, memberScopeOf } from '../caller.ts';
import { AppError } from '../errors.ts';
import { enrollableEmployee } from './enrollable-employee.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { notifyParticipants } from './notify-delivery.ts';
import { presentEnrolment } from './present.ts';
import { seatRulePicture } from './seat-rule-picture.ts';
import { lockVisibleSession } from './visible-session.ts';

/**
 * Enrols an employee: confirmed when its firm has a seat (its reservation or a free seat),
 * otherwise waitlisted. A member contact may enrol only its own firm's employees. The session's
 * row is locked first, so concurrent enrolments are decided one after the other, in arrival order.
 */
export async function enrolParticipant(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string; employeeId: string },
): Promise<Enrolment> {
  const { sessionId, employeeId } = input;
  const scope = memberScopeOf(caller);
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionIsOpenForEnrolment(row.status))
      throw new AppError('enrolment_closed', 'session_takes_no_enrolment', { params: { status: row.status } });
    const enrolments = enrolmentRepository(tx.db);
    const employee = await enrollableEmployee(enrolments, scope, { sessionId, employeeId, today, field: 'employeeId' });
    const status = decideEnrolment(await seatRulePicture(tx.db, row, today), employee.memberId);
    const inserted = await enrolments.insert({
      mutualId: scope.mutualId,
      sessionId,
      memberId: employee.memberId,
      employeeId,
      status,
      enrolledBy: caller.userId,
    });
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
    await notifyParticipants(
      tx,
      row,
      [full],
      status === 'confirmed'
        ? row.status === 'scheduled'
          ? 'session_invitation'
          : 'enrolment_confirmation'
        : 'waitlisted',
    );
    return presentEnrolment(tx.db, full, caller.locale);
  });
}

import type { EnrolManyRequest, Enrolments } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { decideEnrolments, sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
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
 * Enrols several employees at once, in the order given (a coordinator on one or several firms'
 * behalf, a member contact its own people): all or none. Like enrolParticipant, the session's row is
 * locked first and each one is decided in turn (confirmed while the firm has a seat, else waitlisted).
 */
export async function enrolParticipants(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string } & EnrolManyRequest,
): Promise<Enrolments> {
  const { sessionId, employeeIds } = input;
  const scope = memberScopeOf(caller);
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionIsOpenForEnrolment(row.status)) throw new AppError('enrolment_closed', 'session_takes_no_enrolment');
    const enrolments = enrolmentRepository(tx.db);
    const employees = [];
    for (const [i, employeeId] of employeeIds.entries()) {
      const field = `employeeIds.${i}`;
      if (employeeIds.indexOf(employeeId) !== i)
        throw new AppError('validation_failed', 'employee_named_twice', { fields: [{ field, code: 'named_twice' }] });
      employees.push(await enrollableEmployee(enrolments, scope, { sessionId, employeeId, today, field }));
    }
    const statuses = decideEnrolments(
      await seatRulePicture(tx.db, row, today),
      employees.map((e) => e.memberId),
    );
    const items = [];
    for (const [i, employee] of employees.entries()) {
      const status = statuses[i];
      const inserted = await enrolments.insert({
        mutualId: scope.mutualId,
        sessionId,
        memberId: employee.memberId,
        employeeId: employee.id,
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
        change: { sessionId, employeeId: employee.id, status, batch: true },
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
      items.push(await presentEnrolment(tx.db, full, caller.locale));
    }
    return { items };
  });
}

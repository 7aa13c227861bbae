import type { EnrolManyRequest, Enrolments } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { decideEnrolments, sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
import { type Caller, type Deps, inTransaction, memberScopeOf } from '../caller.ts';
import { AppError } from '../errors.ts';
import { checkEnrollable } from './enrollable-employee.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { seatRulePicture } from './seat-rule-picture.ts';
import { lockVisibleSession } from './visible-session.ts';
import { writeEnrolments } from './write-enrolments.ts';

/**
 * Enrols several employees at once, in the order given (a coordinator on one or several firms'
 * behalf, a member contact its own people): all or none. Like enrolParticipant, the session's row is
 * locked first and each one is decided in turn (confirmed while the firm has a seat, else waitlisted),
 * then all are written together (writeEnrolments).
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
    // every employee read in one statement and the session's enrolments of them in another (two a person before)
    const found = await enrolments.employeesAmong(employeeIds, scope.mutualId);
    const active = await enrolments.activeAmong(sessionId, employeeIds);
    const employees = employeeIds.map((employeeId, i) => {
      const field = `employeeIds.${i}`;
      if (employeeIds.indexOf(employeeId) !== i)
        throw new AppError('validation_failed', 'employee_named_twice', { fields: [{ field, code: 'named_twice' }] });
      return checkEnrollable(found.get(employeeId), scope, { today, field, active: active.has(employeeId) });
    });
    const statuses = decideEnrolments(
      await seatRulePicture(tx.db, row, today),
      employees.map((e) => e.memberId),
    );
    const items = await writeEnrolments(
      tx,
      row,
      employees.map((e, i) => ({ caller, employeeId: e.id, memberId: e.memberId, status: statuses[i] })),
      { batch: true },
    );
    return { items };
  });
}

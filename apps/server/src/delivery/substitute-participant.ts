import type { Enrolment } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { leaveKind, sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { notifyParticipants } from './notify-delivery.ts';
import { presentEnrolment } from './present.ts';
import { lockVisibleEnrolment } from './visible-enrolment.ts';

/** Replaces a confirmed participant by another employee of the same firm, until the deadline. */
export async function substituteParticipant(
  deps: Deps,
  caller: Caller,
  input: { enrolmentId: string; employeeId: string },
): Promise<Enrolment> {
  const { enrolmentId, employeeId } = input;
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const { scope, enrolments, enrolment, session, settings, firstDay } = await lockVisibleEnrolment(
      tx,
      caller,
      enrolmentId,
    );
    if (enrolment.status !== 'confirmed') throw new AppError('conflict', 'replace_confirmed_only');
    if (!sessionIsOpenForEnrolment(session.status))
      throw new AppError('enrolment_closed', 'session_takes_no_enrolment', { params: { status: session.status } });
    if (leaveKind(today, firstDay, settings.withdrawalDeadlineDays) !== 'withdrawn') {
      throw new AppError('deadline_passed', 'substitution_deadline_passed');
    }
    const employee = await enrolments.employee(employeeId, scope.mutualId);
    if (!employee || employee.memberId !== enrolment.memberId) {
      throw new AppError('not_found', 'employee_not_found', {
        fields: [{ field: 'employeeId', code: 'employee_not_in_firm' }],
      });
    }
    if (await enrolments.isActive(session.id, employeeId)) {
      throw new AppError('already_enrolled', 'already_enrolled', {
        fields: [{ field: 'employeeId', code: 'already_enrolled' }],
      });
    }
    const now = deps.now().toISOString();
    const replacement = await enrolments.insert({
      mutualId: scope.mutualId,
      sessionId: session.id,
      memberId: enrolment.memberId,
      employeeId,
      status: 'confirmed',
      enrolledBy: caller.userId,
    });
    await enrolments.setStatus(enrolmentId, 'substituted', now, { replacedBy: replacement.id });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: enrolment.memberId,
      actorUserId: caller.userId,
      action: 'enrolment.substitute',
      entityType: 'enrolment',
      entityId: enrolmentId,
      change: { replacedBy: replacement.id, employeeId },
    });
    const full = (await enrolments.find(replacement.id, scope))!;
    await notifyParticipants(
      tx,
      session,
      [full],
      session.status === 'scheduled' ? 'session_invitation' : 'enrolment_confirmation',
    );
    return presentEnrolment(tx.db, full, caller.locale);
  });
}

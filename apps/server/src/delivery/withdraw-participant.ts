import type { Enrolment } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { enrolmentIsActive, leaveKind, sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { presentEnrolment } from './present.ts';
import { promoteWaitlist } from './promote-waitlist.ts';
import { lockVisibleEnrolment } from './visible-enrolment.ts';

/**
 * Withdraws a participant. Until the mutual's deadline it is a free withdrawal; after it, a
 * late cancellation recorded for billing. A waitlisted person simply leaves the list. The
 * freed seat goes to the waitlist.
 */
export async function withdrawParticipant(
  deps: Deps,
  caller: Caller,
  input: { enrolmentId: string; reason?: string },
): Promise<Enrolment> {
  const { enrolmentId, reason } = input;
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const { scope, enrolments, enrolment, session, settings, firstDay } = await lockVisibleEnrolment(
      tx,
      caller,
      enrolmentId,
    );
    if (!enrolmentIsActive(enrolment.status))
      throw new AppError('conflict', 'enrolment_not_active', { params: { status: enrolment.status } });
    if (!sessionIsOpenForEnrolment(session.status))
      throw new AppError('enrolment_closed', 'withdrawal_closed', { params: { status: session.status } });
    const kind =
      enrolment.status === 'waitlisted' ? 'withdrawn' : leaveKind(today, firstDay, settings.withdrawalDeadlineDays);
    await enrolments.setStatus(enrolmentId, kind, deps.now().toISOString(), { reason: reason ?? null });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: enrolment.memberId,
      actorUserId: caller.userId,
      action: `enrolment.${kind}`,
      entityType: 'enrolment',
      entityId: enrolmentId,
      change: { from: enrolment.status, to: kind, reason: reason ?? null },
    });
    if (enrolment.status === 'confirmed') await promoteWaitlist(tx, session.id, scope.mutualId, today);
    return presentEnrolment(tx.db, (await enrolments.find(enrolmentId, scope))!, caller.locale);
  });
}

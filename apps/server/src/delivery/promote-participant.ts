import type { Enrolment } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { seatsAvailableFor, sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { notifyParticipants } from './notify-delivery.ts';
import { presentEnrolment } from './present.ts';
import { seatRulePicture } from './seat-rule-picture.ts';
import { lockVisibleEnrolment } from './visible-enrolment.ts';

/**
 * A coordinator promotes a waitlisted person out of turn. The seat rule still holds: the person's
 * firm must have a seat available (its reservation or a free seat), else 409 capacity_exceeded.
 */
export async function promoteParticipant(
  deps: Deps,
  caller: Caller,
  input: { enrolmentId: string },
): Promise<Enrolment> {
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const { scope, enrolments, enrolment, session } = await lockVisibleEnrolment(tx, caller, input.enrolmentId);
    if (enrolment.status !== 'waitlisted') throw new AppError('conflict', 'only_waitlisted_promoted');
    if (!sessionIsOpenForEnrolment(session.status))
      throw new AppError('enrolment_closed', 'session_takes_no_enrolment');
    if (seatsAvailableFor(await seatRulePicture(tx.db, session, today), enrolment.memberId) <= 0) {
      throw new AppError('capacity_exceeded', 'firm_no_seat_left');
    }
    await enrolments.setStatus(enrolment.id, 'confirmed', deps.now().toISOString(), {
      reason: 'promoted by a coordinator',
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: enrolment.memberId,
      actorUserId: caller.userId,
      action: 'enrolment.promote',
      entityType: 'enrolment',
      entityId: enrolment.id,
      change: { before: 'waitlisted', after: 'confirmed', byHand: true },
    });
    const full = (await enrolments.find(enrolment.id, scope))!;
    await notifyParticipants(tx, session, [full], 'waitlist_promotion');
    return presentEnrolment(tx.db, full, caller.locale);
  });
}

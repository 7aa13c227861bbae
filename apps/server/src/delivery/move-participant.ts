import type { Enrolment, MoveRequest } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { decideEnrolment, enrolmentIsActive, sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid, notFound } from '../errors.ts';
import { enrollableEmployee } from './enrollable-employee.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { notifyParticipants } from './notify-delivery.ts';
import { presentEnrolment } from './present.ts';
import { promoteWaitlist } from './promote-waitlist.ts';
import { seatRulePicture } from './seat-rule-picture.ts';
import { trainingSessionRepository } from './session-repository.ts';

/**
 * A coordinator moves a participant (confirmed or waitlisted) to another open session of the mutual.
 * There it is decided like an enrolment of its firm (its reservation or a free seat); without a seat
 * the move is refused (409 capacity_exceeded) unless `waitlistIfFull`. The old enrolment becomes
 * `moved` (not billed as a withdrawal) and its seat goes to the old session's waitlist. Both sessions'
 * rows are locked first, in id order, so that moves and enrolments run one after the other.
 */
export async function moveParticipant(
  deps: Deps,
  caller: Caller,
  input: { enrolmentId: string } & MoveRequest,
): Promise<Enrolment> {
  const { enrolmentId } = input;
  const mutualId = mutualOf(caller);
  const scope = { mutualId, memberId: null };
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const enrolments = enrolmentRepository(tx.db);
    const repo = trainingSessionRepository(tx.db);
    const found = await enrolments.find(enrolmentId, scope);
    if (!found) throw notFound('enrolment');
    if (input.sessionId === found.sessionId) throw invalid('sessionId', 'already_in_this_session');
    // the same locking order as enrolment: the session rows first (both, in id order), then the reads
    for (const id of [found.sessionId, input.sessionId].sort()) {
      if (!(await repo.lock(id, mutualId))) {
        if (id === input.sessionId)
          throw new AppError('not_found', 'session_not_found', {
            fields: [{ field: 'sessionId', code: 'session_not_found' }],
          });
        throw notFound('enrolment');
      }
    }
    const enrolment = (await enrolments.find(enrolmentId, scope))!;
    const from = (await repo.find(enrolment.sessionId, { kind: 'mutual', mutualId }))!;
    const to = (await repo.find(input.sessionId, { kind: 'mutual', mutualId }))!;
    if (!enrolmentIsActive(enrolment.status)) throw new AppError('conflict', 'enrolment_not_active');
    if (!sessionIsOpenForEnrolment(from.status)) throw new AppError('enrolment_closed', 'session_takes_no_enrolment');
    if (!sessionIsOpenForEnrolment(to.status)) {
      throw new AppError('enrolment_closed', 'target_takes_no_enrolment', {
        fields: [{ field: 'sessionId', code: 'target_takes_no_enrolment' }],
      });
    }
    await enrollableEmployee(enrolments, scope, {
      sessionId: to.id,
      employeeId: enrolment.employeeId,
      today,
      field: 'sessionId',
    });
    const status = decideEnrolment(await seatRulePicture(tx.db, to, today), enrolment.memberId);
    if (status === 'waitlisted' && !input.waitlistIfFull) {
      throw new AppError('capacity_exceeded', 'firm_no_seat_left', {
        fields: [{ field: 'sessionId', code: 'firm_no_seat_left' }],
      });
    }
    const now = deps.now().toISOString();
    const moved = await enrolments.insert({
      mutualId,
      sessionId: to.id,
      memberId: enrolment.memberId,
      employeeId: enrolment.employeeId,
      status,
      enrolledBy: caller.userId,
    });
    await enrolments.setStatus(enrolmentId, 'moved', now, {
      reason: `moved to session ${to.id}`,
      replacedBy: moved.id,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      memberId: enrolment.memberId,
      actorUserId: caller.userId,
      action: 'enrolment.move',
      entityType: 'enrolment',
      entityId: enrolmentId,
      change: {
        fromSession: from.id,
        toSession: to.id,
        before: enrolment.status,
        after: status,
        newEnrolmentId: moved.id,
      },
    });
    if (enrolment.status === 'confirmed') await promoteWaitlist(tx, from.id, mutualId, today);
    const full = (await enrolments.find(moved.id, scope))!;
    await notifyParticipants(
      tx,
      to,
      [full],
      status === 'confirmed'
        ? to.status === 'scheduled'
          ? 'session_invitation'
          : 'enrolment_confirmation'
        : 'waitlisted',
    );
    return presentEnrolment(tx.db, full, caller.locale);
  });
}

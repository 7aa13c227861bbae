import type { ReservationRequest, SessionDetail } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { cutReservation, reservationFit, sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { mutualRepository } from '../mutuals/index.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { getSession } from './get-session.ts';
import { promoteWaitlist } from './promote-waitlist.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { lockVisibleSession } from './visible-session.ts';

/**
 * A coordinator sets how many seats a firm holds in a session (0 removes its reservation).
 * Capacity: every firm holds the larger of its reservation and its confirmed participants, and
 * together they never exceed the session's maximum. Added seats are a row "by hand" (no need,
 * no pooled share); removed seats come off the rows by hand first, then the pooled rows, newest
 * first, whose share_cents and standalone_cents shrink by the same per-seat amount. Confirmed
 * participants are never removed; a firm's waitlisted people fill its new seats at once.
 */
export async function reserveSeats(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string } & ReservationRequest,
): Promise<SessionDetail> {
  const { sessionId } = input;
  const mutualId = mutualOf(caller);
  await inTransaction(deps, async (tx) => {
    const repo = trainingSessionRepository(tx.db);
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionIsOpenForEnrolment(row.status)) {
      throw new AppError('conflict', 'seats_no_longer_change', { params: { status: row.status } });
    }
    if (!(await mutualRepository(tx.db).hasMember(mutualId, input.memberId)))
      throw invalid('memberId', 'no_such_member');
    const picture = await enrolmentRepository(tx.db).seatPicture(sessionId);
    const before = picture.reservedByMember[input.memberId] ?? 0;
    if (before === input.seats) return;
    const fit = reservationFit({ ...picture, seatsMax: row.seatsMax }, input.memberId, input.seats);
    if (!fit.fits) {
      throw new AppError('capacity_exceeded', 'seats_free_for_firm', {
        params: { room: fit.room, maximum: row.seatsMax },
        fields: [{ field: 'seats', code: 'at_most', params: { maximum: fit.room } }],
      });
    }
    const rows = await repo.reservationRows(sessionId, input.memberId);
    if (input.seats > before) {
      const byHand = rows.find((r) => r.needId === null);
      const extra = input.seats - before;
      if (byHand)
        await repo.updateReservation(byHand.id, { seats: byHand.seats + extra, shareCents: 0, standaloneCents: 0 });
      else
        await repo.insertReservation({
          mutualId,
          sessionId,
          memberId: input.memberId,
          seats: extra,
          createdBy: caller.userId,
        });
    } else {
      for (const cut of cutReservation(rows, before - input.seats)) {
        if (cut.delete) await repo.deleteReservation(cut.id);
        else
          await repo.updateReservation(cut.id, {
            seats: cut.seats,
            shareCents: cut.shareCents,
            standaloneCents: cut.standaloneCents,
          });
      }
    }
    await repo.recordEvent({
      mutualId,
      sessionId,
      actorUserId: caller.userId,
      kind: 'reservation',
      detail: { memberId: input.memberId, from: before, to: input.seats },
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      memberId: input.memberId,
      actorUserId: caller.userId,
      action: 'session.reservation',
      entityType: 'training_session',
      entityId: sessionId,
      change: { memberId: input.memberId, before, after: input.seats },
    });
    if (input.seats > before) await promoteWaitlist(tx, sessionId, mutualId, todayInMontreal(deps.now()));
  });
  return getSession(deps, caller, { sessionId });
}

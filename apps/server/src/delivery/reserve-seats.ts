import { todayInMontreal } from '@mutualis/domain/dates';
import { cutReservation, reservationFit } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { mutualRepository } from '../mutuals/index.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { AppError, invalid, notFound } from '../errors.ts';
import { mutualOf } from '../caller.ts';
import type { Deps, Caller } from '../caller.ts';
import { OPEN_FOR_ENROLMENT, promoteWaitlist } from './enrol-participant.ts';

/**
 * A coordinator sets how many seats a firm holds in a session (0 removes its reservation).
 * Capacity: every firm holds the larger of its reservation and its confirmed participants, and
 * together they never exceed the session's maximum. Added seats are a row "by hand" (no need,
 * no pooled share); removed seats come off the rows by hand first, then the pooled rows, newest
 * first, whose share_cents and standalone_cents shrink by the same per-seat amount. Confirmed
 * participants are never removed; a firm's waitlisted people fill its new seats at once.
 */
export async function reserveSeats(deps: Deps, caller: Caller, sessionId: string, input: { memberId: string; seats: number }) {
  const mutualId = mutualOf(caller);
  await deps.db.transaction().execute(async (trx) => {
    const repo = trainingSessionRepository(trx);
    if (!(await repo.lock(sessionId, mutualId))) throw notFound('Session');
    const row = (await repo.find(sessionId, { kind: 'mutual', mutualId }))!;
    if (!OPEN_FOR_ENROLMENT.includes(row.status)) {
      throw new AppError('conflict', `The seats of a ${row.status} session can no longer change`);
    }
    if (!(await mutualRepository(trx).hasMember(mutualId, input.memberId))) throw invalid('memberId', 'no such member in this mutual');
    const picture = await enrolmentRepository(trx).seatPicture(sessionId);
    const before = picture.reservedByMember[input.memberId] ?? 0;
    if (before === input.seats) return;
    const fit = reservationFit({ ...picture, seatsMax: row.seatsMax }, input.memberId, input.seats);
    if (!fit.fits) {
      throw new AppError('capacity_exceeded', `Only ${fit.room} seats are free for this firm (maximum ${row.seatsMax})`, {
        fields: [{ field: 'seats', message: `at most ${fit.room}` }],
      });
    }
    const rows = await repo.reservationRows(sessionId, input.memberId);
    if (input.seats > before) {
      const byHand = rows.find((r) => r.needId === null);
      const extra = input.seats - before;
      if (byHand) await repo.updateReservation(byHand.id, { seats: byHand.seats + extra, shareCents: 0, standaloneCents: 0 });
      else await repo.insertReservation({ mutualId, sessionId, memberId: input.memberId, seats: extra, createdBy: caller.userId });
    } else {
      for (const cut of cutReservation(rows, before - input.seats)) {
        if (cut.delete) await repo.deleteReservation(cut.id);
        else await repo.updateReservation(cut.id, { seats: cut.seats, shareCents: cut.shareCents, standaloneCents: cut.standaloneCents });
      }
    }
    await repo.recordEvent({
      mutualId,
      sessionId,
      actorUserId: caller.userId,
      kind: 'reservation',
      detail: { memberId: input.memberId, from: before, to: input.seats },
    });
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId,
      memberId: input.memberId,
      actorUserId: caller.userId,
      action: 'session.reservation',
      entityType: 'training_session',
      entityId: sessionId,
      change: { memberId: input.memberId, before, after: input.seats },
    });
    if (input.seats > before) await promoteWaitlist(trx, deps, sessionId, mutualId, todayInMontreal(deps.now()));
  });
}

import type { SeatRequest } from '@mutualis/contracts';
import { sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
import { userRepository } from '../accounts/index.ts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, memberScopeOf } from '../caller.ts';
import { AppError } from '../errors.ts';
import { deliveryEmail } from '../mail/delivery-templates.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { sessionLink, sessionMailFacts } from './notify-delivery.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { visibleSession } from './visible-session.ts';

/** A member contact asks for more seats than its reservation; the coordinators get an e-mail. */
export async function requestSeats(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string } & SeatRequest,
): Promise<void> {
  const { sessionId, seats, note } = input;
  const scope = memberScopeOf(caller);
  const row = await visibleSession(deps, caller, sessionId);
  if (!sessionIsOpenForEnrolment(row.status))
    throw new AppError('enrolment_closed', 'session_takes_no_enrolment', { params: { status: row.status } });
  await inTransaction(deps, async (tx) => {
    const member = await enrolmentRepository(tx.db).memberName(scope.memberId as string);
    const session = await sessionMailFacts(tx.db, row);
    for (const c of await userRepository(tx.db).coordinatorsOf(scope.mutualId)) {
      const email = deliveryEmail('seat_request', {
        locale: c.locale,
        name: c.name,
        session,
        reason: note ?? null,
        detail: { firm: member, seats },
        link: sessionLink(deps, sessionId),
      });
      await enqueueEmail(
        tx.db,
        { mutualId: scope.mutualId, kind: 'seat_request', to: c.email, locale: c.locale, email },
        deps.now(),
      );
    }
    await trainingSessionRepository(tx.db).recordEvent({
      mutualId: scope.mutualId,
      sessionId,
      actorUserId: caller.userId,
      kind: 'reservation',
      detail: { requestedSeats: seats, memberId: scope.memberId, note: note ?? null },
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: scope.memberId,
      actorUserId: caller.userId,
      action: 'session.seat_request',
      entityType: 'training_session',
      entityId: sessionId,
      change: { seats, note: note ?? null },
    });
  });
}

import { auditRepository } from '../audit/index.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { userRepository } from '../accounts/index.ts';
import { AppError } from '../errors.ts';
import { memberScopeOf } from '../caller.ts';
import type { Deps, Caller } from '../caller.ts';
import { deliveryEmail } from '../mail/delivery-templates.ts';
import { toEnrolmentDto } from './enrol-participant.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { sessionLink, sessionMailFacts } from './notify-delivery.ts';
import { loadVisibleSession } from './view-sessions.ts';

/** A session's enrolments; a member contact sees only its own employees. Access to names is logged. */
export async function listSessionEnrolments(deps: Deps, caller: Caller, sessionId: string) {
  const scope = memberScopeOf(caller);
  await loadVisibleSession(deps.db, caller, sessionId);
  const rows = await enrolmentRepository(deps.db).listForSession(sessionId, scope.memberId);
  await auditRepository(deps.db).recordAccess({
    mutualId: scope.mutualId,
    actorUserId: caller.userId,
    entityType: 'employee',
    entityIds: [...new Set(rows.map((r) => r.employeeId))],
    purpose: 'session enrolments',
  });
  // rows come in arrival order: the waitlist rank is the count of waitlisted rows so far
  const waiting = await enrolmentRepository(deps.db).waitlist(sessionId);
  const rank = new Map(waiting.map((w, i) => [w.id, i + 1]));
  const out = [];
  for (const r of rows) out.push(await toEnrolmentDto(deps.db, r, r.status === 'waitlisted' ? rank.get(r.id) : undefined));
  return out;
}

/** Enrolments across sessions (a member contact: its firm's). */
export async function listEnrolments(deps: Deps, caller: Caller, employeeId?: string) {
  const scope = memberScopeOf(caller);
  const rows = await enrolmentRepository(deps.db).listForMember(scope.mutualId, scope.memberId, employeeId);
  await auditRepository(deps.db).recordAccess({
    mutualId: scope.mutualId,
    actorUserId: caller.userId,
    entityType: 'employee',
    entityIds: [...new Set(rows.map((r) => r.employeeId))],
    purpose: 'enrolments',
  });
  const out = [];
  for (const r of rows) out.push(await toEnrolmentDto(deps.db, r));
  return out;
}

/** A member contact asks for more seats than its reservation; the coordinators get an e-mail. */
export async function requestSeats(deps: Deps, caller: Caller, sessionId: string, seats: number, note?: string) {
  const scope = memberScopeOf(caller);
  const row = await loadVisibleSession(deps.db, caller, sessionId);
  if (!['proposed', 'confirmed', 'scheduled'].includes(row.status)) throw new AppError('enrolment_closed', `A ${row.status} session takes no seat request`);
  await deps.db.transaction().execute(async (trx) => {
    const member = await enrolmentRepository(trx).memberName(scope.memberId as string);
    const session = await sessionMailFacts(trx, row);
    for (const c of await userRepository(trx).coordinatorsOf(scope.mutualId)) {
      const email = deliveryEmail('seat_request', {
        locale: c.locale,
        name: c.name,
        session,
        reason: note ?? null,
        detail: { firm: member, seats },
        link: sessionLink(deps, sessionId),
      });
      await enqueueEmail(trx, { mutualId: scope.mutualId, kind: 'seat_request', to: c.email, locale: c.locale, email }, deps.now());
    }
    await trainingSessionRepository(trx).recordEvent({
      mutualId: scope.mutualId,
      sessionId,
      actorUserId: caller.userId,
      kind: 'reservation',
      detail: { requestedSeats: seats, memberId: scope.memberId, note: note ?? null },
    });
    await auditRepository(trx).record({ at: deps.now(), mutualId: scope.mutualId, memberId: scope.memberId, actorUserId: caller.userId, action: 'session.seat_request', entityType: 'training_session', entityId: sessionId, change: { seats, note: note ?? null } });
  });
}

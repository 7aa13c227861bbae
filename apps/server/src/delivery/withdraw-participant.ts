import { todayInMontreal } from '@mutualis/domain/dates';
import { leaveKind } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { AppError, notFound } from '../errors.ts';
import { memberScopeOf } from '../caller.ts';
import type { Deps, Caller } from '../caller.ts';
import { OPEN_FOR_ENROLMENT, promoteWaitlist, toEnrolmentDto } from './enrol-participant.ts';
import { notifyParticipants } from './notify-delivery.ts';

async function loadForChange(trx: Parameters<typeof enrolmentRepository>[0], caller: Caller, enrolmentId: string) {
  const scope = memberScopeOf(caller);
  const enrolments = enrolmentRepository(trx);
  const found = await enrolments.find(enrolmentId, scope);
  if (!found) throw notFound('Enrolment');
  const repo = trainingSessionRepository(trx);
  await repo.lock(found.sessionId, scope.mutualId);
  const enrolment = (await enrolments.find(enrolmentId, scope))!;
  const session = (await repo.find(found.sessionId, { kind: 'mutual', mutualId: scope.mutualId }))!;
  const settings = await repo.mutualSettings(scope.mutualId);
  const days = await repo.meetingDays(session.id);
  return { scope, enrolments, enrolment, session, settings, firstDay: days[0]?.day ?? null };
}

/**
 * Withdraws a participant. Until the mutual's deadline it is a free withdrawal; after it, a
 * late cancellation recorded for billing. A waitlisted person simply leaves the list. The
 * freed seat goes to the waitlist.
 */
export async function withdrawParticipant(deps: Deps, caller: Caller, enrolmentId: string, reason: string | undefined) {
  const today = todayInMontreal(deps.now());
  return deps.db.transaction().execute(async (trx) => {
    const { scope, enrolments, enrolment, session, settings, firstDay } = await loadForChange(trx, caller, enrolmentId);
    if (!['confirmed', 'waitlisted'].includes(enrolment.status)) throw new AppError('conflict', `This enrolment is already ${enrolment.status}`);
    if (!OPEN_FOR_ENROLMENT.includes(session.status)) throw new AppError('enrolment_closed', `A ${session.status} session takes no withdrawal; record absence instead`);
    const kind = enrolment.status === 'waitlisted' ? 'withdrawn' : leaveKind(today, firstDay, settings.withdrawalDeadlineDays);
    await enrolments.setStatus(enrolmentId, kind, deps.now().toISOString(), { reason: reason ?? null });
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: enrolment.memberId,
      actorUserId: caller.userId,
      action: `enrolment.${kind}`,
      entityType: 'enrolment',
      entityId: enrolmentId,
      change: { from: enrolment.status, to: kind, reason: reason ?? null },
    });
    if (enrolment.status === 'confirmed') await promoteWaitlist(trx, deps, session.id, scope.mutualId, today);
    return toEnrolmentDto(trx, (await enrolments.find(enrolmentId, scope))!);
  });
}

/** Replaces a confirmed participant by another employee of the same firm, until the deadline. */
export async function substituteParticipant(deps: Deps, caller: Caller, enrolmentId: string, employeeId: string) {
  const today = todayInMontreal(deps.now());
  return deps.db.transaction().execute(async (trx) => {
    const { scope, enrolments, enrolment, session, settings, firstDay } = await loadForChange(trx, caller, enrolmentId);
    if (enrolment.status !== 'confirmed') throw new AppError('conflict', 'Only a confirmed participant can be replaced');
    if (!OPEN_FOR_ENROLMENT.includes(session.status)) throw new AppError('enrolment_closed', `A ${session.status} session takes no substitution`);
    if (leaveKind(today, firstDay, settings.withdrawalDeadlineDays) !== 'withdrawn') {
      throw new AppError('deadline_passed', 'The substitution deadline has passed');
    }
    const employee = await enrolments.employee(employeeId, scope.mutualId);
    if (!employee || employee.memberId !== enrolment.memberId) {
      throw new AppError('not_found', 'Employee not found', { fields: [{ field: 'employeeId', message: 'no such employee in this firm' }] });
    }
    if (await enrolments.isActive(session.id, employeeId)) {
      throw new AppError('already_enrolled', 'This employee is already enrolled or waitlisted', { fields: [{ field: 'employeeId', message: 'already enrolled' }] });
    }
    const now = deps.now().toISOString();
    const replacement = await enrolments.insert({ mutualId: scope.mutualId, sessionId: session.id, memberId: enrolment.memberId, employeeId, status: 'confirmed', enrolledBy: caller.userId });
    await enrolments.setStatus(enrolmentId, 'substituted', now, { replacedBy: replacement.id });
    await auditRepository(trx).record({
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
    await notifyParticipants(trx, deps, session, [full], session.status === 'scheduled' ? 'session_invitation' : 'enrolment_confirmation');
    return toEnrolmentDto(trx, full);
  });
}

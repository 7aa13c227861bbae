import { randomBytes } from 'node:crypto';
import type { Attestation } from '@mutualis/contracts';
import { dateInMontreal } from '@mutualis/domain/dates';
import { formatAttestationNumber, hasCompleted, verificationCode } from '@mutualis/domain/delivery/index';
import type { Db } from '../db/client.ts';
import { attendanceRepository } from './attendance-repository.ts';
import { attestationRepository } from './attestation-repository.ts';
import { auditRepository } from '../audit/index.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { renderAttestationPdf } from '../documents/attestation-pdf.ts';
import { AppError, notFound } from '../errors.ts';
import { memberScopeOf, mutualOf } from '../caller.ts';
import type { Deps, Caller } from '../caller.ts';

type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof attestationRepository>['find']>>>;

export const verifyUrlOf = (deps: Deps, number: string) => `${deps.config.PUBLIC_URL}/verify/${number}`;

export function toAttestationDto(deps: Deps, a: Row): Attestation {
  return { ...a, verifyUrl: verifyUrlOf(deps, a.number) };
}

/**
 * Issues an attestation to every participant of a delivered session who completed it (attended
 * at least the mutual's threshold of the hours) and has none yet. Returns who got one and who not.
 */
export async function issueAttestationsInTrx(trx: Db, deps: Deps, sessionId: string, mutualId: string, actorUserId: string | null) {
  const repo = trainingSessionRepository(trx);
  const row = (await repo.find(sessionId, { kind: 'mutual', mutualId }))!;
  const settings = await repo.mutualSettings(mutualId);
  const days = await repo.meetingDays(sessionId);
  const scheduled = days.reduce((s, d) => s + d.hours, 0);
  const attendance = await attendanceRepository(trx).forSession(sessionId);
  const attestations = attestationRepository(trx);
  const done = new Set((await attestations.issuedEnrolmentIds(sessionId)).map((r) => r.enrolment_id));
  const issued: string[] = [];
  const notCompleted: { enrolmentId: string; name: string; hoursAttended: number }[] = [];
  for (const e of await enrolmentRepository(trx).listForSession(sessionId, null, ['confirmed'])) {
    if (done.has(e.id)) continue;
    const hours = attendance.filter((a) => a.enrolmentId === e.id && a.present).reduce((s, a) => s + a.hours, 0);
    if (!hasCompleted(hours, scheduled, settings.completionThresholdPct / 100)) {
      notCompleted.push({ enrolmentId: e.id, name: e.employeeName, hoursAttended: hours });
      continue;
    }
    const lastDay = days[days.length - 1].day;
    const seq = await attestations.nextSequence(mutualId);
    const number = formatAttestationNumber(Number(lastDay.slice(0, 4)), seq, verificationCode(randomBytes(8)));
    const { id } = await attestations.insert({
      mutual_id: mutualId,
      number,
      enrolment_id: e.id,
      session_id: sessionId,
      member_id: e.memberId,
      employee_id: e.employeeId,
      participant_name: e.employeeName,
      course_title_fr: row.title,
      course_title_en: row.courseTitleEn,
      provider_name: row.providerName,
      date_from: days[0].day,
      date_to: lastDay,
      hours: Math.round(hours * 100) / 100,
      issued_at: deps.now().toISOString(),
    });
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId,
      memberId: e.memberId,
      actorUserId,
      action: 'attestation.issue',
      entityType: 'attestation',
      entityId: id,
      change: { number, enrolmentId: e.id },
    });
    issued.push(id);
  }
  return { issued, notCompleted };
}

/** A coordinator issues the attestations still due for a delivered session (after a correction). */
export async function issueAttestations(deps: Deps, caller: Caller, sessionId: string) {
  const mutualId = mutualOf(caller);
  return deps.db.transaction().execute(async (trx) => {
    const repo = trainingSessionRepository(trx);
    if (!(await repo.lock(sessionId, mutualId))) throw notFound('Session');
    const row = (await repo.find(sessionId, { kind: 'mutual', mutualId }))!;
    if (!['delivered', 'evaluated'].includes(row.status)) throw new AppError('conflict', 'Attestations are issued once the session is delivered');
    const result = await issueAttestationsInTrx(trx, deps, sessionId, mutualId, caller.userId);
    const attestations = attestationRepository(trx);
    const issued = [];
    for (const id of result.issued) issued.push(toAttestationDto(deps, (await attestations.find(id, { mutualId, memberId: null }))!));
    return { issued, notCompleted: result.notCompleted };
  });
}

/** Attestations per participant, per firm or per session; a member contact sees only its firm's. */
export async function listAttestations(deps: Deps, caller: Caller, filter: { memberId?: string; employeeId?: string; sessionId?: string }) {
  const scope = memberScopeOf(caller);
  const rows = await attestationRepository(deps.db).list(scope, filter);
  await auditRepository(deps.db).recordAccess({
    mutualId: scope.mutualId,
    actorUserId: caller.userId,
    entityType: 'employee',
    entityIds: [...new Set(rows.map((r) => r.employeeId))],
    purpose: 'attestations',
  });
  return rows.map((r) => toAttestationDto(deps, r));
}

/** The attestation as a bilingual PDF (coordinator, or the participant's member contact). */
export async function attestationPdf(deps: Deps, caller: Caller, attestationId: string) {
  const scope = memberScopeOf(caller);
  const attestations = attestationRepository(deps.db);
  const a = await attestations.find(attestationId, scope);
  if (!a) throw notFound('Attestation');
  await auditRepository(deps.db).recordAccess({ mutualId: scope.mutualId, actorUserId: caller.userId, entityType: 'employee', entityIds: [a.employeeId], purpose: 'attestation pdf' });
  const mutual = await attestations.mutualName(a.mutualId);
  const pdf = await renderAttestationPdf({
    ...a,
    mutualName: mutual.name,
    verifyUrl: verifyUrlOf(deps, a.number),
    issuedOn: dateInMontreal(a.issuedAt),
    reissuedOn: a.reissuedAt ? dateInMontreal(a.reissuedAt) : null,
  });
  return { pdf, number: a.number };
}

/** Reissues an attestation: same number, the participant's current name, a reissue date. */
export async function reissueAttestation(deps: Deps, caller: Caller, attestationId: string) {
  const scope = memberScopeOf(caller);
  return deps.db.transaction().execute(async (trx) => {
    const attestations = attestationRepository(trx);
    const a = await attestations.find(attestationId, scope);
    if (!a) throw notFound('Attestation');
    const emp = await attestations.employeeName(a.employeeId);
    const name = `${emp.first_name} ${emp.last_name}`;
    await attestations.markReissued(a.id, deps.now().toISOString(), name);
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: a.memberId,
      actorUserId: caller.userId,
      action: 'attestation.reissue',
      entityType: 'attestation',
      entityId: a.id,
      change: { number: a.number, participantName: name },
    });
    return toAttestationDto(deps, (await attestations.find(a.id, scope))!);
  });
}

/** Public check of an attestation by its number: only name, course, dates and hours. */
export async function verifyAttestation(deps: Deps, number: string) {
  const a = await attestationRepository(deps.db).byNumber(number.trim().toUpperCase());
  if (!a) throw notFound('Attestation');
  return {
    valid: true as const,
    number: a.number,
    participantName: a.participantName,
    courseTitleFr: a.courseTitleFr,
    courseTitleEn: a.courseTitleEn,
    dateFrom: a.dateFrom,
    dateTo: a.dateTo,
    hours: a.hours,
  };
}

import { todayInMontreal } from '@mutualis/domain/dates';
import type { Db } from '../db/client.ts';
import { attendanceRepository } from './attendance-repository.ts';
import { auditRepository } from '../audit/index.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { type SessionRow, trainingSessionRepository } from './session-repository.ts';
import { AppError, type FieldError, notFound } from '../errors.ts';
import { mutualOf } from '../caller.ts';
import type { Deps, Caller } from '../caller.ts';
import { sessionVisibilityOf } from './delivery-access.ts';
import { loadVisibleSession, toSummary } from './view-sessions.ts';

/**
 * The roster a trainer (or coordinator) works from: names, firm and job title of the confirmed
 * participants (never wages), their attendance per meeting day and their result. A member
 * contact sees only its own employees.
 */
export async function viewRoster(deps: Deps, caller: Caller, sessionId: string, db: Db = deps.db) {
  const row = await loadVisibleSession(db, caller, sessionId);
  const memberId = caller.role === 'member_contact' ? caller.memberId : null;
  const people = await enrolmentRepository(db).listForSession(sessionId, memberId, ['confirmed', 'no_show', 'late_cancelled']);
  const days = await trainingSessionRepository(db).meetingDays(sessionId);
  const attendance = await attendanceRepository(db).forSession(sessionId);
  await auditRepository(db).recordAccess({
    mutualId: row.mutualId,
    actorUserId: caller.userId,
    entityType: 'employee',
    entityIds: people.map((p) => p.employeeId),
    purpose: 'session roster',
  });
  return {
    session: await toSummary(db, row, caller, todayInMontreal(deps.now())),
    meetingDays: days,
    participants: people.map((p) => {
      const mine = attendance.filter((a) => a.enrolmentId === p.id);
      return {
        enrolmentId: p.id,
        name: p.employeeName,
        firm: p.memberName,
        jobTitle: p.jobTitle,
        status: p.status,
        outcome: p.outcome,
        score: p.score,
        attendance: mine.map((a) => ({ meetingDayId: a.meetingDayId, present: a.present, hours: a.hours })),
        hoursAttended: mine.reduce((sum, a) => sum + (a.present ? a.hours : 0), 0),
      };
    }),
  };
}

async function lockForTrainerWork(trx: Db, caller: Caller, sessionId: string, states: string[]): Promise<SessionRow> {
  const mutualId = mutualOf(caller);
  const repo = trainingSessionRepository(trx);
  const visible = await repo.find(sessionId, sessionVisibilityOf(caller));
  if (!visible) throw notFound('Session');
  await repo.lock(sessionId, mutualId);
  const row = (await repo.find(sessionId, sessionVisibilityOf(caller)))!;
  if (!states.includes(row.status)) throw new AppError('conflict', `This cannot be recorded for a ${row.status} session`);
  return row;
}

/** Records presence and hours per participant and meeting day (session in delivery). */
export async function recordAttendance(
  deps: Deps,
  caller: Caller,
  sessionId: string,
  entries: { enrolmentId: string; meetingDayId: string; present: boolean; hours?: number }[],
) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockForTrainerWork(trx, caller, sessionId, ['in_delivery']);
    const days = new Map((await trainingSessionRepository(trx).meetingDays(sessionId)).map((d) => [d.id, d]));
    const people = new Set((await enrolmentRepository(trx).listForSession(sessionId, null, ['confirmed'])).map((e) => e.id));
    const errors: FieldError[] = [];
    const rows = entries.map((e, i) => {
      const day = days.get(e.meetingDayId);
      if (!people.has(e.enrolmentId)) errors.push({ field: `entries.${i}.enrolmentId`, message: 'not a confirmed participant of this session' });
      if (!day) errors.push({ field: `entries.${i}.meetingDayId`, message: 'not a meeting day of this session' });
      const hours = e.present ? (e.hours ?? day?.hours ?? 0) : 0;
      if (day && hours > day.hours) errors.push({ field: `entries.${i}.hours`, message: `must be at most ${day.hours}` });
      return { enrolmentId: e.enrolmentId, meetingDayId: e.meetingDayId, mutualId: row.mutualId, sessionId, present: e.present, hours, recordedBy: caller.userId };
    });
    if (errors.length) throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { fields: errors });
    await attendanceRepository(trx).upsert(rows, deps.now().toISOString());
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId: row.mutualId,
      actorUserId: caller.userId,
      action: 'attendance.record',
      entityType: 'training_session',
      entityId: sessionId,
      change: { entries: rows.map(({ enrolmentId, meetingDayId, present, hours }) => ({ enrolmentId, meetingDayId, present, hours })) },
    });
  });
}

/** Records each participant's evaluation result: passed / not passed and an optional score. */
export async function recordResults(
  deps: Deps,
  caller: Caller,
  sessionId: string,
  entries: { enrolmentId: string; outcome: 'passed' | 'not_passed' | null; score?: number | null; note?: string }[],
) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockForTrainerWork(trx, caller, sessionId, ['in_delivery', 'delivered']);
    const people = new Set((await enrolmentRepository(trx).listForSession(sessionId, null, ['confirmed'])).map((e) => e.id));
    const errors: FieldError[] = entries.flatMap((e, i) =>
      people.has(e.enrolmentId) ? [] : [{ field: `entries.${i}.enrolmentId`, message: 'not a confirmed participant of this session' }],
    );
    if (errors.length) throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { fields: errors });
    const enrolments = enrolmentRepository(trx);
    for (const e of entries) await enrolments.setResult(e.enrolmentId, { outcome: e.outcome, score: e.score ?? null, note: e.note ?? null });
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId: row.mutualId,
      actorUserId: caller.userId,
      action: 'results.record',
      entityType: 'training_session',
      entityId: sessionId,
      change: { entries },
    });
  });
}

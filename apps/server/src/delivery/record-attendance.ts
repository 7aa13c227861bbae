import type { AttendanceRequest, Roster } from '@mutualis/contracts';
import { sessionTakesAttendance } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError, type FieldError, invalidFields } from '../errors.ts';
import { attendanceRepository } from './attendance-repository.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { getRoster } from './get-roster.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { lockVisibleSession } from './visible-session.ts';

/** Records presence and hours per participant and meeting day (session in delivery); answers the roster. */
export async function recordAttendance(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string } & AttendanceRequest,
): Promise<Roster> {
  const { sessionId, entries } = input;
  await inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionTakesAttendance(row.status))
      throw new AppError('conflict', 'not_recordable_now', { params: { status: row.status } });
    const days = new Map((await trainingSessionRepository(tx.db).meetingDays(sessionId)).map((d) => [d.id, d]));
    const people = new Set(
      (await enrolmentRepository(tx.db).listForSession(sessionId, null, ['confirmed'])).map((e) => e.id),
    );
    const errors: FieldError[] = [];
    const rows = entries.map((e, i) => {
      const day = days.get(e.meetingDayId);
      if (!people.has(e.enrolmentId))
        errors.push({ field: `entries.${i}.enrolmentId`, code: 'not_confirmed_participant' });
      if (!day) errors.push({ field: `entries.${i}.meetingDayId`, code: 'not_meeting_day' });
      const hours = e.present ? (e.hours ?? day?.hours ?? 0) : 0;
      if (day && hours > day.hours)
        errors.push({ field: `entries.${i}.hours`, code: 'at_most', params: { maximum: day.hours } });
      return {
        enrolmentId: e.enrolmentId,
        meetingDayId: e.meetingDayId,
        mutualId: row.mutualId,
        sessionId,
        present: e.present,
        hours,
        recordedBy: caller.userId,
      };
    });
    if (errors.length) throw invalidFields(errors);
    await attendanceRepository(tx.db).upsert(rows, deps.now().toISOString());
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: row.mutualId,
      actorUserId: caller.userId,
      action: 'attendance.record',
      entityType: 'training_session',
      entityId: sessionId,
      change: {
        entries: rows.map(({ enrolmentId, meetingDayId, present, hours }) => ({
          enrolmentId,
          meetingDayId,
          present,
          hours,
        })),
      },
    });
  });
  return getRoster(deps, caller, { sessionId });
}

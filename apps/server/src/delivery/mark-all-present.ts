import type { AllPresentRequest, Roster } from '@mutualis/contracts';
import { sessionTakesAttendance } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { attendanceRepository } from './attendance-repository.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { getRoster } from './get-roster.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { lockVisibleSession } from './visible-session.ts';

/** "All present": every confirmed participant present for the whole of one meeting day (each mark stays editable); answers the roster. */
export async function markAllPresent(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string } & AllPresentRequest,
): Promise<Roster> {
  const { sessionId, meetingDayId } = input;
  await inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionTakesAttendance(row.status)) throw new AppError('conflict', 'not_recordable_now');
    const day = (await trainingSessionRepository(tx.db).meetingDays(sessionId)).find((d) => d.id === meetingDayId);
    if (!day) throw invalid('meetingDayId', 'not_meeting_day');
    const people = await enrolmentRepository(tx.db).listForSession(sessionId, null, ['confirmed']);
    const rows = people.map((p) => ({
      enrolmentId: p.id,
      meetingDayId,
      mutualId: row.mutualId,
      sessionId,
      present: true,
      hours: day.hours,
      recordedBy: caller.userId,
    }));
    await attendanceRepository(tx.db).upsert(rows, deps.now().toISOString());
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: row.mutualId,
      actorUserId: caller.userId,
      action: 'attendance.all_present',
      entityType: 'training_session',
      entityId: sessionId,
      change: { meetingDayId, day: day.day, participants: rows.length, hours: day.hours },
    });
  });
  return getRoster(deps, caller, { sessionId });
}

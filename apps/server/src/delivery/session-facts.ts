import { goNoGoStatus, type SessionFacts } from '@mutualis/domain/delivery/index';
import type { Db } from '../db/client.ts';
import { attendanceRepository } from './attendance-repository.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { registerEntryOf } from './register-entry.ts';
import { type SessionRow, trainingSessionRepository } from './session-repository.ts';

/** Everything the lifecycle guards need, read inside the caller's transaction. */
export async function sessionFactsOf(db: Db, row: SessionRow, today: string): Promise<SessionFacts & { goNoGo: ReturnType<typeof goNoGoStatus> }> {
  const settings = await trainingSessionRepository(db).mutualSettings(row.mutualId);
  const enrolments = enrolmentRepository(db);
  const seatsCommitted = await enrolments.seatsCommitted(row.id);
  const distinctFirms = await enrolments.distinctFirms(row.id);
  const days = await trainingSessionRepository(db).meetingDays(row.id);
  // what the move to delivered requires is read only when the session is in delivery
  const needsRegister = row.status === 'in_delivery';
  const facts: SessionFacts = {
    state: row.status,
    seatsCommitted,
    seatsMin: row.seatsMin,
    seatsMax: row.seatsMax,
    distinctFirms,
    minFirms: settings.minFirms,
    meetingDays: days.length,
    hasPlace: Boolean(row.mode === 'virtual' ? row.virtualLink : row.place || row.virtualLink),
    hasTrainer: Boolean(row.trainerUserId || row.trainerName),
    firstDay: days[0]?.day ?? null,
    today,
    registerMissing: needsRegister ? (await registerEntryOf(db, row)).missing : [],
    attendanceMissing: needsRegister ? await attendanceRepository(db).participantsMissing(row.id) : 0,
  };
  return {
    ...facts,
    goNoGo: goNoGoStatus({ ...facts, goNoGoDate: row.goNoGoDate }),
  };
}

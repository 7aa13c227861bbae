import {
  firmSeatsOf,
  goNoGoStatus,
  type SeatSummary,
  type SessionFacts,
  seatSummary,
} from '@mutualis/domain/delivery/index';
import type { Db } from '../db/client.ts';
import { attendanceRepository } from './attendance-repository.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { registerEntryOf } from './register-entry.ts';
import { type SessionRow, trainingSessionRepository } from './session-repository.ts';

/** A session's seat picture (domain `seatSummary`): reserved, confirmed and waitlisted apart, and the seats held that the minimum counts. */
export async function seatSummaryOf(
  db: Db,
  row: Pick<SessionRow, 'id' | 'seatsMin' | 'seatsMax'>,
): Promise<SeatSummary> {
  const counts = await enrolmentRepository(db).seatPicture(row.id);
  return seatSummary({ seatsMin: row.seatsMin, seatsMax: row.seatsMax, firms: firmSeatsOf(counts) });
}

/** Everything the lifecycle guards need, read inside the caller's transaction. */
export async function sessionFactsOf(
  db: Db,
  row: SessionRow,
  today: string,
): Promise<SessionFacts & { goNoGo: ReturnType<typeof goNoGoStatus>; seats: SeatSummary }> {
  const settings = await trainingSessionRepository(db).mutualSettings(row.mutualId);
  const seats = await seatSummaryOf(db, row);
  const days = await trainingSessionRepository(db).meetingDays(row.id);
  // what the move to delivered requires is read only when the session is in delivery
  const needsRegister = row.status === 'in_delivery';
  const facts: SessionFacts = {
    state: row.status,
    seatsCommitted: seats.held,
    seatsMin: row.seatsMin,
    seatsMax: row.seatsMax,
    distinctFirms: seats.firms,
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
    seats,
    goNoGo: goNoGoStatus({ ...facts, goNoGoDate: row.goNoGoDate }),
  };
}

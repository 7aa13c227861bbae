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

type Facts = SessionFacts & { goNoGo: ReturnType<typeof goNoGoStatus>; seats: SeatSummary };

/** Everything the lifecycle guards need, read inside the caller's transaction. */
export async function sessionFactsOf(db: Db, row: SessionRow, today: string): Promise<Facts> {
  const settings = await trainingSessionRepository(db).mutualSettings(row.mutualId);
  const seats = await seatSummaryOf(db, row);
  const days = await trainingSessionRepository(db).meetingDays(row.id);
  return factsOf(db, row, today, settings.minFirms, seats, days.length, days[0]?.day ?? null);
}

/**
 * The facts of many sessions (a list's page), by session id: the same as `sessionFactsOf` for each, read
 * with a few statements for all of them rather than four for each (a page of 50 made 200).
 */
export async function sessionFactsOfMany(db: Db, rows: readonly SessionRow[], today: string) {
  const repo = trainingSessionRepository(db);
  const ids = rows.map((r) => r.id);
  const mutualIds = [...new Set(rows.map((r) => r.mutualId))];
  const [settings, pictures, days] = await Promise.all([
    Promise.all(mutualIds.map((id) => repo.mutualSettings(id))),
    enrolmentRepository(db).seatPictures(ids),
    repo.meetingDaysOf(ids),
  ]);
  const minFirms = new Map(settings.map((s) => [s.id, s.minFirms]));
  const daysOf = new Map<string, { n: number; first: string | null }>();
  for (const d of days) {
    const seen = daysOf.get(d.sessionId);
    if (seen) seen.n += 1;
    else daysOf.set(d.sessionId, { n: 1, first: d.day }); // meetingDaysOf: by day, so the first is the earliest
  }
  const out = new Map<string, Facts>();
  for (const row of rows) {
    const picture = pictures.get(row.id);
    if (!picture) throw new Error(`sessionFactsOfMany: no seat picture for ${row.id}`);
    const seats = seatSummary({ seatsMin: row.seatsMin, seatsMax: row.seatsMax, firms: firmSeatsOf(picture) });
    const d = daysOf.get(row.id);
    out.set(
      row.id,
      await factsOf(db, row, today, minFirms.get(row.mutualId) as number, seats, d?.n ?? 0, d?.first ?? null),
    );
  }
  return out;
}

async function factsOf(
  db: Db,
  row: SessionRow,
  today: string,
  minFirms: number,
  seats: SeatSummary,
  meetingDays: number,
  firstDay: string | null,
): Promise<Facts> {
  // what the move to delivered requires is read only when the session is in delivery
  const needsRegister = row.status === 'in_delivery';
  const facts: SessionFacts = {
    state: row.status,
    seatsCommitted: seats.held,
    seatsMin: row.seatsMin,
    seatsMax: row.seatsMax,
    distinctFirms: seats.firms,
    minFirms,
    meetingDays,
    hasPlace: Boolean(row.mode === 'virtual' ? row.virtualLink : row.place || row.virtualLink),
    hasTrainer: Boolean(row.trainerUserId || row.trainerName),
    firstDay,
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

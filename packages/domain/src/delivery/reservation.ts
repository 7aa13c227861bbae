// A firm's reservation of seats in a session: how many it may hold, and how a smaller one is cut.
import type { SeatPicture } from './enrolment.ts';

export interface ReservationFit {
  /** True when the firm may hold the requested seats. */
  fits: boolean;
  /** The most seats the firm may hold: the maximum less what every other firm holds (never below 0). */
  room: number;
}

/**
 * Whether a firm may hold `seats` in a session. Every firm holds the larger of its reservation and its
 * confirmed participants, and together they never exceed the session's maximum.
 */
export function reservationFit(
  picture: Pick<SeatPicture, 'seatsMax' | 'confirmedByMember' | 'reservedByMember'>,
  memberId: string,
  seats: number,
): ReservationFit {
  const members = new Set([...Object.keys(picture.reservedByMember), ...Object.keys(picture.confirmedByMember)]);
  members.delete(memberId);
  let othersHold = 0;
  for (const m of members) othersHold += Math.max(picture.reservedByMember[m] ?? 0, picture.confirmedByMember[m] ?? 0);
  const ownHold = Math.max(seats, picture.confirmedByMember[memberId] ?? 0);
  return { fits: othersHold + ownHold <= picture.seatsMax, room: Math.max(0, picture.seatsMax - othersHold) };
}

/** One reservation row of a firm in a session: its seats, pooled share and standalone cost (cents). */
export interface ReservationRow {
  id: string;
  seats: number;
  shareCents: number;
  standaloneCents: number;
}

export type ReservationCut =
  | { id: string; delete: true }
  | { id: string; delete: false; seats: number; shareCents: number; standaloneCents: number };

/** Cents of `from` seats scaled to `to` seats: the per-seat amount is kept (rounded to the cent). */
export function scaledCents(cents: number, from: number, to: number): number {
  return Math.round((cents * to) / from);
}

/**
 * Takes `remove` seats off a firm's reservation rows, in the order given (rows by hand first, then pooled
 * rows newest first): a row that loses all its seats is deleted; a row cut short keeps its per-seat share
 * and standalone cost. Rows left whole are not listed.
 */
export function cutReservation(rows: readonly ReservationRow[], remove: number): ReservationCut[] {
  const cuts: ReservationCut[] = [];
  let left = remove;
  for (const r of rows) {
    if (left <= 0) break;
    const take = Math.min(left, r.seats);
    left -= take;
    if (take === r.seats) cuts.push({ id: r.id, delete: true });
    else {
      const seats = r.seats - take;
      cuts.push({
        id: r.id,
        delete: false,
        seats,
        shareCents: scaledCents(r.shareCents, r.seats, seats),
        standaloneCents: scaledCents(r.standaloneCents, r.seats, seats),
      });
    }
  }
  return cuts;
}

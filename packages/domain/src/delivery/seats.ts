// The seat picture of a session as people read it: seats reserved by firms, participants named
// into seats, the waitlist, and what the go/no-go rule counts. One function, used by the API and
// the pages, so that "reserved" and "enrolled" are never mixed up again.

/** A firm's part of a session: seats it reserved, its confirmed participants and its waitlisted people. */
export interface FirmSeats {
  memberId: string;
  reserved: number;
  confirmed: number;
  waitlisted: number;
}

export interface SeatSummary {
  seatsMin: number;
  seatsMax: number;
  /** Seats the firms reserved (from a pooling plan or by hand), whether or not people are named into them. */
  reserved: number;
  /** Participants named into seats (confirmed enrolments). */
  confirmed: number;
  /** People waiting for a seat. */
  waitlisted: number;
  /** Reserved seats no participant is named into yet. */
  unnamed: number;
  /** Seats the firms hold: per firm, the larger of its reservation and its confirmed participants. */
  held: number;
  /** Seats nobody holds: the maximum less the seats held (never below 0). */
  free: number;
  /** Firms holding seats (reserved or confirmed). */
  firms: number;
  /** The go/no-go minimum counts the seats held (a plan's reservations commit their firms), not the people named. */
  minimumMet: boolean;
  /** Per firm, by member id order of arrival in the input. */
  byFirm: FirmSeats[];
}

/**
 * Sums a session's seats per firm into the one picture that the lists, the session page and the
 * go/no-go rule read: reserved, confirmed and waitlisted are kept apart; `held` (per firm the larger
 * of reserved and confirmed) is what the minimum and the capacity count.
 */
export function seatSummary(input: { seatsMin: number; seatsMax: number; firms: readonly FirmSeats[] }): SeatSummary {
  let reserved = 0;
  let confirmed = 0;
  let waitlisted = 0;
  let unnamed = 0;
  let held = 0;
  let firms = 0;
  for (const f of input.firms) {
    reserved += f.reserved;
    confirmed += f.confirmed;
    waitlisted += f.waitlisted;
    unnamed += Math.max(0, f.reserved - f.confirmed);
    held += Math.max(f.reserved, f.confirmed);
    if (f.reserved > 0 || f.confirmed > 0) firms++;
  }
  return {
    seatsMin: input.seatsMin,
    seatsMax: input.seatsMax,
    reserved,
    confirmed,
    waitlisted,
    unnamed,
    held,
    free: Math.max(0, input.seatsMax - held),
    firms,
    minimumMet: held >= input.seatsMin,
    byFirm: input.firms.map((f) => ({ ...f })),
  };
}

/** The firms of a session from counts per member id (reserved, confirmed, waitlisted); members with none of them are left out. */
export function firmSeatsOf(counts: {
  reservedByMember: Record<string, number>;
  confirmedByMember: Record<string, number>;
  waitlistedByMember?: Record<string, number>;
}): FirmSeats[] {
  const waiting = counts.waitlistedByMember ?? {};
  const ids = [
    ...new Set([
      ...Object.keys(counts.reservedByMember),
      ...Object.keys(counts.confirmedByMember),
      ...Object.keys(waiting),
    ]),
  ];
  return ids
    .map((memberId) => ({
      memberId,
      reserved: counts.reservedByMember[memberId] ?? 0,
      confirmed: counts.confirmedByMember[memberId] ?? 0,
      waitlisted: waiting[memberId] ?? 0,
    }))
    .filter((f) => f.reserved > 0 || f.confirmed > 0 || f.waitlisted > 0);
}

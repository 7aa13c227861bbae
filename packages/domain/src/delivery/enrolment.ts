// Seats, reservations, waitlist and deadlines of a session's enrolment.
import { addDays } from '../dates.ts';

/** An enrolment's statuses: holding a seat, waiting for one, or gone (freely, late, absent, replaced, moved to another session by a coordinator). */
export const ENROLMENT_STATUSES = [
  'confirmed',
  'waitlisted',
  'withdrawn',
  'late_cancelled',
  'no_show',
  'substituted',
  'moved',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

const isIn = <T extends string>(statuses: readonly T[], status: string): status is T =>
  (statuses as readonly string[]).includes(status);

/** Statuses that hold a seat. */
export const SEAT_HOLDING = ['confirmed'] as const satisfies readonly EnrolmentStatus[];
export const enrolmentHoldsSeat = (status: string): boolean => isIn(SEAT_HOLDING, status);

/** Holding or waiting for a seat: one such enrolment per employee and session; it may be withdrawn; a cancellation is told to it. */
export const ACTIVE_ENROLMENT_STATUSES = ['confirmed', 'waitlisted'] as const satisfies readonly EnrolmentStatus[];
export const enrolmentIsActive = (status: string): boolean => isIn(ACTIVE_ENROLMENT_STATUSES, status);

/** On the trainer's roster: those who held a seat when delivery began, including late cancellations and no-shows. */
export const ROSTER_STATUSES = ['confirmed', 'no_show', 'late_cancelled'] as const satisfies readonly EnrolmentStatus[];
export const enrolmentIsOnRoster = (status: string): boolean => isIn(ROSTER_STATUSES, status);

/** Kept the seat to the end (present or not): the session stays in the person's calendar. */
export const KEPT_SEAT_STATUSES = ['confirmed', 'no_show'] as const satisfies readonly EnrolmentStatus[];
export const enrolmentKeptSeat = (status: string): boolean => isIn(KEPT_SEAT_STATUSES, status);

/** A participant's result, as the trainer records it (or none). */
export const ENROLMENT_OUTCOMES = ['passed', 'not_passed'] as const;
export type EnrolmentOutcome = (typeof ENROLMENT_OUTCOMES)[number];

export interface SeatPicture {
  seatsMax: number;
  /** Confirmed enrolments per member id. */
  confirmedByMember: Record<string, number>;
  /** Reserved seats per member id (from the pooling plan or the coordinator). */
  reservedByMember: Record<string, number>;
  /** When true (after the go/no-go date) unfilled reservations no longer hold seats. */
  reservationsReleased: boolean;
}

/**
 * Seats a member may still fill: its own unfilled reservation plus the free seats that no
 * other member's unfilled reservation holds; never more than the session's free seats.
 */
export function seatsAvailableFor(picture: SeatPicture, memberId: string): number {
  const confirmed = Object.values(picture.confirmedByMember).reduce((a, b) => a + b, 0);
  const free = picture.seatsMax - confirmed;
  if (free <= 0) return 0;
  if (picture.reservationsReleased) return free;
  let heldByOthers = 0;
  for (const [member, reserved] of Object.entries(picture.reservedByMember)) {
    if (member === memberId) continue;
    heldByOthers += Math.max(0, reserved - (picture.confirmedByMember[member] ?? 0));
  }
  return Math.max(0, free - heldByOthers);
}

/** A new enrolment is confirmed when the member has a seat available, otherwise waitlisted. */
export function decideEnrolment(picture: SeatPicture, memberId: string): (typeof ACTIVE_ENROLMENT_STATUSES)[number] {
  return seatsAvailableFor(picture, memberId) > 0 ? 'confirmed' : 'waitlisted';
}

/**
 * Decides several enrolments in a row, as if each came after the one before: every confirmed one
 * takes its firm's seat before the next is decided. Returns the statuses in the order given.
 */
export function decideEnrolments(
  picture: SeatPicture,
  memberIds: readonly string[],
): (typeof ACTIVE_ENROLMENT_STATUSES)[number][] {
  const confirmedByMember = { ...picture.confirmedByMember };
  return memberIds.map((memberId) => {
    const status = decideEnrolment({ ...picture, confirmedByMember }, memberId);
    if (status === 'confirmed') confirmedByMember[memberId] = (confirmedByMember[memberId] ?? 0) + 1;
    return status;
  });
}

export interface WaitlistEntry {
  id: string;
  memberId: string;
  /** Arrival order (a database sequence); lower comes first. */
  position: number;
}

/**
 * Waitlist promotion order: first come, first served among those whose firm has a seat
 * available now; returns the entries to promote, in order, for the seats that are free.
 */
export function promotions(picture: SeatPicture, waitlist: readonly WaitlistEntry[]): WaitlistEntry[] {
  const confirmedByMember = { ...picture.confirmedByMember };
  const promoted: WaitlistEntry[] = [];
  for (const entry of [...waitlist].sort((a, b) => a.position - b.position)) {
    const current = { ...picture, confirmedByMember };
    if (seatsAvailableFor(current, entry.memberId) > 0) {
      promoted.push(entry);
      confirmedByMember[entry.memberId] = (confirmedByMember[entry.memberId] ?? 0) + 1;
    }
  }
  return promoted;
}

/**
 * A coordinator's new order of a waitlist: `order` must name every waitlisted enrolment once. The
 * waitlist keeps its arrival positions, handed out again in the new order. Returns the new position
 * of each entry whose position changes, or the problem with the order.
 */
export function reorderWaitlist(
  waitlist: readonly WaitlistEntry[],
  order: readonly string[],
):
  | { ok: true; moves: { id: string; position: number }[] }
  | { ok: false; problem: 'unknown' | 'missing' | 'duplicate'; id: string } {
  const known = new Map(waitlist.map((w) => [w.id, w]));
  const seen = new Set<string>();
  for (const id of order) {
    if (!known.has(id)) return { ok: false, problem: 'unknown', id };
    if (seen.has(id)) return { ok: false, problem: 'duplicate', id };
    seen.add(id);
  }
  const missing = waitlist.find((w) => !seen.has(w.id));
  if (missing) return { ok: false, problem: 'missing', id: missing.id };
  const positions = waitlist.map((w) => w.position).sort((a, b) => a - b);
  const moves = order.flatMap((id, i) =>
    known.get(id)!.position === positions[i] ? [] : [{ id, position: positions[i] }],
  );
  return { ok: true, moves };
}

/**
 * The withdrawal deadline: `deadlineDays` days before the first meeting day. Until then
 * (inclusive) a withdrawal or substitution is free; after it, leaving is a late cancellation.
 */
export function withdrawalDeadline(firstDay: string, deadlineDays: number): string {
  return addDays(firstDay, -deadlineDays);
}

export type LeaveKind = 'withdrawn' | 'late_cancelled';

/** How leaving a session on `today` is recorded (late cancellations are billed). Null first day: free. */
export function leaveKind(today: string, firstDay: string | null, deadlineDays: number): LeaveKind {
  if (!firstDay) return 'withdrawn';
  return today <= withdrawalDeadline(firstDay, deadlineDays) ? 'withdrawn' : 'late_cancelled';
}

/** A participant absent from every meeting day is a no-show (billed like a late cancellation). */
export function isNoShow(attendance: readonly { present: boolean }[], meetingDays: number): boolean {
  return meetingDays > 0 && attendance.length >= meetingDays && attendance.every((a) => !a.present);
}

// The board of a mutual and its leaders. s.3: a group of employers is a non-profit legal person
// whose board has a majority of employer representatives and includes representatives of the
// members' workforce. Pure rules over terms and dates passed in.

/** Whom a board seat represents. */
export const BOARD_SEAT_KINDS = ['employer', 'workforce', 'other'] as const;
export type BoardSeatKind = (typeof BOARD_SEAT_KINDS)[number];

/** A board member's office. The chair may record the board's meetings (decision 33). */
export const BOARD_OFFICES = ['chair', 'vice_chair', 'secretary', 'treasurer', 'director'] as const;
export type BoardOffice = (typeof BOARD_OFFICES)[number];

/** Kinds of board meeting. */
export const MEETING_KINDS = ['regular', 'special', 'annual_general'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** What became of a motion put to the board. */
export const DECISION_OUTCOMES = ['adopted', 'rejected', 'deferred'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** The mutual's leaders (the study's first condition of success): chair, coordinator, champions in member firms. */
export const LEADER_ROLES = ['chair', 'coordinator', 'champion'] as const;
export type LeaderRole = (typeof LEADER_ROLES)[number];

/** How a leader's involvement is recorded: a meeting attended, a firm recruited, a resource secured. */
export const CONTRIBUTION_KINDS = ['meeting', 'recruitment', 'resource'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

export interface BoardTerm {
  seatKind: BoardSeatKind;
  office: BoardOffice;
  /** First day of the term (ISO date). */
  termStart: string;
  /** Last day of the term, or null while it runs. */
  termEnd: string | null;
}

/** True when the term covers the day. */
export const sitsOn = (term: Pick<BoardTerm, 'termStart' | 'termEnd'>, day: string): boolean =>
  term.termStart <= day && (term.termEnd === null || term.termEnd >= day);

/** The board members sitting on a day. */
export function sittingOn<T extends Pick<BoardTerm, 'termStart' | 'termEnd'>>(terms: readonly T[], day: string): T[] {
  return terms.filter((t) => sitsOn(t, day));
}

/** A breach of s.3 (the board may not be recognised as is). */
export const BOARD_BREACHES = ['no_board', 'employer_not_majority', 'no_workforce_representative'] as const;
export type BoardBreach = (typeof BOARD_BREACHES)[number];

/** Something the board should fix, though the rules still hold. */
export const BOARD_WARNINGS = ['no_chair', 'vacant_seats'] as const;
export type BoardWarning = (typeof BOARD_WARNINGS)[number];

export interface BoardComposition {
  sitting: number;
  employer: number;
  workforce: number;
  other: number;
  /** Employer seats needed for a majority of the sitting members (more than half). */
  employerMajorityNeeds: number;
  /** Seats the bylaws provide that nobody holds. */
  vacantSeats: number;
  breaches: BoardBreach[];
  warnings: BoardWarning[];
  /** True when the composition follows s.3 (no breach). */
  compliant: boolean;
}

/**
 * Checks the composition of the sitting board against s.3: strictly more than half of the members
 * represent employers, and at least one represents the members' workforce. `seats` is the number
 * of seats the bylaws provide (vacant seats are a warning, not a breach).
 */
export function checkBoardComposition(
  sitting: readonly Pick<BoardTerm, 'seatKind' | 'office'>[],
  seats = sitting.length,
): BoardComposition {
  const count = (kind: BoardSeatKind) => sitting.filter((m) => m.seatKind === kind).length;
  const employer = count('employer');
  const workforce = count('workforce');
  const other = count('other');
  const total = sitting.length;
  const employerMajorityNeeds = Math.floor(total / 2) + 1;
  const breaches: BoardBreach[] = [];
  if (total === 0) breaches.push('no_board');
  else {
    if (employer < employerMajorityNeeds) breaches.push('employer_not_majority');
    if (workforce === 0) breaches.push('no_workforce_representative');
  }
  const warnings: BoardWarning[] = [];
  if (total > 0 && !sitting.some((m) => m.office === 'chair')) warnings.push('no_chair');
  const vacantSeats = Math.max(0, seats - total);
  if (vacantSeats > 0) warnings.push('vacant_seats');
  return {
    sitting: total,
    employer,
    workforce,
    other,
    employerMajorityNeeds,
    vacantSeats,
    breaches,
    warnings,
    compliant: breaches.length === 0,
  };
}

/** Quorum: a majority of the members sitting on the meeting day were present. */
export function hasQuorum(present: number, sitting: number): boolean {
  return sitting > 0 && present > sitting / 2;
}

/** Share of the sitting members present, over several meetings (0 when no meeting). */
export function attendanceRate(meetings: readonly { present: number; sitting: number }[]): number {
  const sitting = meetings.reduce((n, m) => n + m.sitting, 0);
  return sitting === 0 ? 0 : meetings.reduce((n, m) => n + m.present, 0) / sitting;
}

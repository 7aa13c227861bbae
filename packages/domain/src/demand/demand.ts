// The demand board: needs aggregated by topic × region × period × language, whether a cell can
// already fill a course, and why a need cannot be met. The server aggregates in SQL with the
// same definitions (demand-repository.ts); these functions are the reference and the rules.

export type Language = 'fr' | 'en';
export type Mode = 'in_person' | 'virtual';

export interface DemandNeed {
  id: string;
  memberId: string;
  topicId: string;
  seats: number;
  regionCode: string;
  languages: readonly string[];
  modes: readonly string[];
  periods: readonly string[];
}

/**
 * One cell. A need accepting several periods or languages counts in each cell it accepts: a
 * cell answers "how many seats could one session here fill", so cells of a topic overlap.
 */
export interface DemandCell {
  topicId: string;
  regionCode: string;
  period: string;
  language: string;
  seats: number;
  members: number;
  needs: number;
  /** Seats and members of needs that accept an in-person session. */
  inPersonSeats: number;
  inPersonMembers: number;
  /** Seats and members of needs that accept a virtual session. */
  virtualSeats: number;
  virtualMembers: number;
}

/** Needs accepting a virtual session, all regions together (a virtual session ignores regions). */
export interface VirtualPool {
  topicId: string;
  period: string;
  language: string;
  seats: number;
  members: number;
}

export interface CatalogueCourse {
  id: string;
  topicId: string;
  language: string;
  mode: Mode;
  regions: readonly string[];
  periods: readonly string[];
  minSeats: number;
}

/** What a cell of the board is: ready (an approved course can run with its seats) or what it lacks. */
export const CELL_STATUSES = [
  'ready',
  'below_minimum',
  'no_course_on_topic',
  'no_language_or_mode_match',
  'no_period',
  'region_not_served',
] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

/** Why an open need cannot be met yet (every cell status but ready), in the order the board sums them. */
export const UNMET_REASONS = [
  'no_course_on_topic',
  'no_language_or_mode_match',
  'no_period',
  'region_not_served',
  'below_minimum',
] as const satisfies readonly Exclude<CellStatus, 'ready'>[];
export type UnmetReason = (typeof UNMET_REASONS)[number];

/** True when an approved course can already run with the cell's seats. */
export const cellIsReady = (status: CellStatus): boolean => status === 'ready';

export const cellKey = (topicId: string, regionCode: string, period: string, language: string) =>
  `${topicId}|${regionCode}|${period}|${language}`;
export const poolKey = (topicId: string, period: string, language: string) => `${topicId}|${period}|${language}`;

/** Aggregates needs into cells and virtual pools; seats are summed, members counted once per cell. */
export function aggregateDemand(needs: readonly DemandNeed[]): { cells: DemandCell[]; pools: VirtualPool[] } {
  type Acc = DemandCell & { m: Set<string>; mi: Set<string>; mv: Set<string> };
  const cells = new Map<string, Acc>();
  const pools = new Map<string, VirtualPool & { m: Set<string> }>();
  for (const n of needs) {
    const inPerson = n.modes.includes('in_person');
    const virtual = n.modes.includes('virtual');
    for (const period of new Set(n.periods)) {
      for (const language of new Set(n.languages)) {
        const key = cellKey(n.topicId, n.regionCode, period, language);
        let c = cells.get(key);
        if (!c) {
          c = {
            topicId: n.topicId,
            regionCode: n.regionCode,
            period,
            language,
            seats: 0,
            members: 0,
            needs: 0,
            inPersonSeats: 0,
            inPersonMembers: 0,
            virtualSeats: 0,
            virtualMembers: 0,
            m: new Set(),
            mi: new Set(),
            mv: new Set(),
          };
          cells.set(key, c);
        }
        c.seats += n.seats;
        c.needs += 1;
        c.m.add(n.memberId);
        if (inPerson) {
          c.inPersonSeats += n.seats;
          c.mi.add(n.memberId);
        }
        if (virtual) {
          c.virtualSeats += n.seats;
          c.mv.add(n.memberId);
          const pk = poolKey(n.topicId, period, language);
          let p = pools.get(pk);
          if (!p) {
            p = { topicId: n.topicId, period, language, seats: 0, members: 0, m: new Set() };
            pools.set(pk, p);
          }
          p.seats += n.seats;
          p.m.add(n.memberId);
        }
      }
    }
  }
  return {
    cells: [...cells.values()].map(({ m, mi, mv, ...c }) => ({
      ...c,
      members: m.size,
      inPersonMembers: mi.size,
      virtualMembers: mv.size,
    })),
    pools: [...pools.values()].map(({ m, ...p }) => ({ ...p, members: m.size })),
  };
}

export interface CellAssessment {
  status: CellStatus;
  /** Courses this cell can already fill (seats ≥ their minimum, enough distinct members). */
  readyCourseIds: string[];
  /** Courses that could run here if demand were larger. */
  candidateCourseIds: string[];
  /** For below_minimum: seats still missing to reach the closest course's minimum. */
  missingSeats: number | null;
}

/**
 * Marks a cell ready when some approved course of its topic, language and period, serving its
 * region (or virtual), can be filled to its minimum by the cell's needs from at least
 * `minMembers` distinct members; otherwise says the first thing that is missing.
 */
export function assessCell(
  cell: DemandCell,
  pool: VirtualPool | undefined,
  coursesOfTopic: readonly CatalogueCourse[],
  minMembers: number,
): CellAssessment {
  // One pass over the topic's courses (this runs for every cell of a board: 23,648 cells for
  // 200,000 needs), each stage a subset of the one before: on topic → language and mode → period
  // → region. The first stage that no course passes is what the cell lacks.
  let onTopic = false;
  let matching = false;
  let inPeriod = false;
  const serving: CatalogueCourse[] = [];
  for (const c of coursesOfTopic) {
    if (c.topicId !== cell.topicId) continue;
    onTopic = true;
    if (c.language !== cell.language || !(c.mode === 'virtual' ? cell.virtualSeats > 0 : cell.inPersonSeats > 0))
      continue;
    matching = true;
    if (!c.periods.includes(cell.period)) continue;
    inPeriod = true;
    if (c.mode === 'virtual' || c.regions.includes(cell.regionCode)) serving.push(c);
  }
  const none = (status: CellStatus): CellAssessment => ({
    status,
    readyCourseIds: [],
    candidateCourseIds: [],
    missingSeats: null,
  });
  if (!onTopic) return none('no_course_on_topic');
  if (!matching) return none('no_language_or_mode_match');
  if (!inPeriod) return none('no_period');
  if (serving.length === 0) return none('region_not_served');
  const ready: string[] = [];
  let missing = Number.POSITIVE_INFINITY;
  for (const c of serving) {
    const seats = c.mode === 'virtual' ? (pool?.seats ?? cell.virtualSeats) : cell.inPersonSeats;
    const members = c.mode === 'virtual' ? (pool?.members ?? cell.virtualMembers) : cell.inPersonMembers;
    if (seats >= c.minSeats && members >= minMembers) ready.push(c.id);
    else missing = Math.min(missing, Math.max(0, c.minSeats - seats));
  }
  return {
    status: ready.length ? 'ready' : 'below_minimum',
    readyCourseIds: ready,
    candidateCourseIds: serving.map((c) => c.id),
    missingSeats: ready.length ? null : missing,
  };
}

/**
 * Why a need cannot be met by the approved catalogue and the current demand, or null when some
 * compatible course can already be filled in one of its periods. Reasons are checked in the
 * order: topic, language/mode, period, region, minimum.
 */
export function unmetReason(
  need: Omit<DemandNeed, 'id' | 'memberId' | 'seats'>,
  coursesOfTopic: readonly CatalogueCourse[],
  cells: ReadonlyMap<string, DemandCell>,
  pools: ReadonlyMap<string, VirtualPool>,
  minMembers: number,
): UnmetReason | null {
  const onTopic = coursesOfTopic.filter((c) => c.topicId === need.topicId);
  if (onTopic.length === 0) return 'no_course_on_topic';
  const matching = onTopic.filter((c) => need.languages.includes(c.language) && need.modes.includes(c.mode));
  if (matching.length === 0) return 'no_language_or_mode_match';
  const inPeriod = matching.filter((c) => c.periods.some((p) => need.periods.includes(p)));
  if (inPeriod.length === 0) return 'no_period';
  const serving = inPeriod.filter((c) => c.mode === 'virtual' || c.regions.includes(need.regionCode));
  if (serving.length === 0) return 'region_not_served';
  for (const c of serving) {
    for (const period of c.periods) {
      if (!need.periods.includes(period)) continue;
      let seats = 0;
      let members = 0;
      if (c.mode === 'virtual') {
        const p = pools.get(poolKey(need.topicId, period, c.language));
        seats = p?.seats ?? 0;
        members = p?.members ?? 0;
      } else {
        const cell = cells.get(cellKey(need.topicId, need.regionCode, period, c.language));
        seats = cell?.inPersonSeats ?? 0;
        members = cell?.inPersonMembers ?? 0;
      }
      if (seats >= c.minSeats && members >= minMembers) return null;
    }
  }
  return 'below_minimum';
}

/** What a member contact may know of others' demand on a topic: counts only, never names. */
export function anonymousDemand(
  rows: readonly { memberId: string; seats: number }[],
  ownMemberId: string,
): { otherMembers: number; otherSeats: number; ownSeats: number } {
  const others = new Set<string>();
  let otherSeats = 0;
  let ownSeats = 0;
  for (const r of rows) {
    if (r.memberId === ownMemberId) ownSeats += r.seats;
    else {
      others.add(r.memberId);
      otherSeats += r.seats;
    }
  }
  return { otherMembers: others.size, otherSeats, ownSeats };
}

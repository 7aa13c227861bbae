// Builds a pooling problem (the JSON interchange shape of the shared spec pooling.md) from the
// open needs and the approved courses of a mutual, for the periods and policy the coordinator
// chose. Topic ids become topic codes; money goes from cents to dollars.

export interface PoolingNeedSource {
  id: string;
  memberId: string;
  topicId: string;
  seats: number;
  regionCode: string;
  languages: readonly string[];
  modes: readonly string[];
  periods: readonly string[];
  status?: string;
}

export interface PoolingCourseSource {
  id: string;
  providerId: string;
  topicId: string;
  language: string;
  mode: 'in_person' | 'virtual';
  regions: readonly string[];
  periods: readonly string[];
  fixedCostCents: number;
  seatCostCents: number;
  minSeats: number;
  maxSeats: number;
  maxSessionsPerPeriod: number;
  status?: string;
}

export interface PoolingPolicyInput {
  unservedSeatPenaltyCents?: number;
  minMembersPerSession?: number;
  timeLimitSeconds?: number;
  allocationRule?: 'per_seat' | 'fixed_equal_by_firm' | 'small_firm_discount';
  smallFirmDiscount?: number;
}

export interface PoolingProblemJson {
  periods: string[];
  needs: {
    id: string;
    memberId: string;
    topic: string;
    seats: number;
    region: string;
    languages: string[];
    modes: string[];
    periods: string[];
  }[];
  offers: {
    id: string;
    providerId: string;
    topic: string;
    language: string;
    mode: 'in_person' | 'virtual';
    regions: string[];
    periods: string[];
    fixedCost: number;
    seatCost: number;
    minSeats: number;
    maxSeats: number;
    maxSessions: number;
  }[];
  members?: { id: string; sizeClass: 'micro' | 'small' | 'medium' | 'large' }[];
  policy: {
    unservedSeatPenalty?: number;
    minMembersPerSession?: number;
    timeLimitSeconds?: number;
    allocationRule?: string;
    smallFirmDiscount?: number;
  };
}

export interface LeftOut {
  id: string;
  reason: 'not_open' | 'not_approved' | 'no_chosen_period' | 'unknown_topic' | 'member_unknown';
}

const PERIOD = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
const dollars = (cents: number) => Math.round(cents) / 100;

/**
 * Builds the problem: only open needs and approved courses, each restricted to the chosen
 * periods (those left without any period are listed in `leftOut`, never silently dropped);
 * output sorted by id so that the same input gives the same problem.
 */
export function buildPoolingProblem(input: {
  needs: readonly PoolingNeedSource[];
  courses: readonly PoolingCourseSource[];
  topicCodeById: ReadonlyMap<string, string>;
  periods: readonly string[];
  policy?: PoolingPolicyInput;
  /** Size classes of the members, for allocation rules that weigh small firms. */
  members?: readonly { id: string; sizeClass: 'micro' | 'small' | 'medium' | 'large' }[];
}): { problem: PoolingProblemJson; leftOutNeeds: LeftOut[]; leftOutCourses: LeftOut[] } {
  const bad = input.periods.filter((p) => !PERIOD.test(p));
  if (bad.length) throw new RangeError(`periods: "${bad[0]}" is not a month written YYYY-MM`);
  if (input.periods.length === 0) throw new RangeError('periods: choose at least one period');
  const periods = [...new Set(input.periods)].sort();
  const chosen = new Set(periods);
  const within = (ps: readonly string[]) => [...new Set(ps.filter((p) => chosen.has(p)))].sort();
  const memberIds = input.members ? new Set(input.members.map((m) => m.id)) : null;

  const leftOutNeeds: LeftOut[] = [];
  const needs: PoolingProblemJson['needs'] = [];
  for (const n of [...input.needs].sort((a, b) => a.id.localeCompare(b.id))) {
    const topic = input.topicCodeById.get(n.topicId);
    const ps = within(n.periods);
    if (n.status !== undefined && n.status !== 'open') leftOutNeeds.push({ id: n.id, reason: 'not_open' });
    else if (!topic) leftOutNeeds.push({ id: n.id, reason: 'unknown_topic' });
    else if (ps.length === 0) leftOutNeeds.push({ id: n.id, reason: 'no_chosen_period' });
    else if (memberIds && !memberIds.has(n.memberId)) leftOutNeeds.push({ id: n.id, reason: 'member_unknown' });
    else
      needs.push({
        id: n.id,
        memberId: n.memberId,
        topic,
        seats: n.seats,
        region: n.regionCode,
        languages: [...new Set(n.languages)].sort(),
        modes: [...new Set(n.modes)].sort(),
        periods: ps,
      });
  }

  const leftOutCourses: LeftOut[] = [];
  const offers: PoolingProblemJson['offers'] = [];
  for (const c of [...input.courses].sort((a, b) => a.id.localeCompare(b.id))) {
    const topic = input.topicCodeById.get(c.topicId);
    const ps = within(c.periods);
    if (c.status !== undefined && c.status !== 'approved') leftOutCourses.push({ id: c.id, reason: 'not_approved' });
    else if (!topic) leftOutCourses.push({ id: c.id, reason: 'unknown_topic' });
    else if (ps.length === 0) leftOutCourses.push({ id: c.id, reason: 'no_chosen_period' });
    else
      offers.push({
        id: c.id,
        providerId: c.providerId,
        topic,
        language: c.language,
        mode: c.mode,
        regions: c.mode === 'virtual' ? [] : [...new Set(c.regions)].sort(),
        periods: ps,
        fixedCost: dollars(c.fixedCostCents),
        seatCost: dollars(c.seatCostCents),
        minSeats: c.minSeats,
        maxSeats: c.maxSeats,
        maxSessions: c.maxSessionsPerPeriod,
      });
  }

  const p = input.policy ?? {};
  const policy: PoolingProblemJson['policy'] = {};
  if (p.unservedSeatPenaltyCents !== undefined) policy.unservedSeatPenalty = dollars(p.unservedSeatPenaltyCents);
  if (p.minMembersPerSession !== undefined) policy.minMembersPerSession = p.minMembersPerSession;
  if (p.timeLimitSeconds !== undefined) policy.timeLimitSeconds = p.timeLimitSeconds;
  if (p.allocationRule !== undefined) policy.allocationRule = p.allocationRule;
  if (p.smallFirmDiscount !== undefined) policy.smallFirmDiscount = p.smallFirmDiscount;

  const problem: PoolingProblemJson = { periods, needs, offers, policy };
  if (input.members) {
    const used = new Set(needs.map((n) => n.memberId));
    problem.members = input.members
      .filter((m) => used.has(m.id))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((m) => ({ ...m }));
  }
  return { problem, leftOutNeeds, leftOutCourses };
}

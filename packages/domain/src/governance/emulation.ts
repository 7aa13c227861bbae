// The emulation planner: would a mutual work in a region or sector that has none? From public
// business counts (firms by sector and size class) and a funder's assumptions, it draws synthetic
// member firms and needs (seeded), writes them as a pooling problem for the real engine, and reads
// the plans back as savings, sessions and the members a mutual there would need to be viable.

import { createRng, type Rng } from '../demo-data/random.ts';
import type { SizeClass } from '../reference/size-class.ts';

export interface FirmCount {
  /** SCIAN sector or subsector code (2 or 3 digits). */
  scianCode: string;
  sizeClass: SizeClass;
  firms: number;
}

export interface CoursePrice {
  /** Fixed cost of one session (trainer, room), in cents. */
  fixedCostCents: number;
  /** Cost per seat (material, certification), in cents. */
  seatCostCents: number;
  minSeats: number;
  maxSeats: number;
}

export interface EmulationAssumptions {
  /** Share of the firms that would join (0 to 1). */
  participationRate: number;
  /** Training needs (courses) a member firm declares in a year, on average, by size class. */
  needsPerFirm: Record<SizeClass, number>;
  /** Distinct course topics the firms of the territory ask for. */
  topics: number;
  /** Months of the planning year in which sessions may run. */
  periods: number;
  /** Share of needs that a virtual session could serve (0 to 1). */
  virtualShare: number;
  coursePrice: CoursePrice;
  /** Fewest distinct firms a session must gather (the mutual's rule). */
  minFirmsPerSession: number;
  /** Yearly cost of running the mutual (coordination, office), in cents. */
  operatingCostCents: number;
  /** Share of the operating cost public funding would cover (0 to 1). */
  publicFundingShare: number;
  /** Seconds the engine may spend on each participation level. */
  timeLimitSeconds: number;
  /** The seed of the synthetic firms and needs: same seed, same scenario. */
  seed: number;
}

/** Sensible starting assumptions (the planner's form opens with them). */
export const DEFAULT_EMULATION_ASSUMPTIONS: EmulationAssumptions = {
  participationRate: 0.1,
  needsPerFirm: { micro: 1, small: 2, medium: 3, large: 4 },
  topics: 12,
  periods: 6,
  virtualShare: 0.3,
  coursePrice: { fixedCostCents: 180_000, seatCostCents: 9_000, minSeats: 6, maxSeats: 14 },
  minFirmsPerSession: 2,
  operatingCostCents: 9_000_000,
  publicFundingShare: 0.5,
  timeLimitSeconds: 2,
  seed: 1,
};

/** Seats a need asks for, by the firm's size class: [fewest, most]. */
const SEATS_BY_SIZE: Record<SizeClass, [number, number]> = {
  micro: [1, 2],
  small: [1, 4],
  medium: [2, 8],
  large: [3, 12],
};

/** A stable number from a text (topic preferences by sector). */
function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A Poisson draw (Knuth), for the number of needs of one firm. */
function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rng.next();
  } while (p > limit && k < 50);
  return k - 1;
}

/** Participating firms of each row: the share of its firms, rounded to the nearest firm. */
export function participatingFirms(
  counts: readonly FirmCount[],
  rate: number,
): { scianCode: string; sizeClass: SizeClass; firms: number }[] {
  return counts.map((c) => ({
    scianCode: c.scianCode,
    sizeClass: c.sizeClass,
    firms: Math.round(c.firms * Math.min(1, Math.max(0, rate))),
  }));
}

export interface EmulationProblem {
  /** The pooling problem in the interchange format (docs: /work/shared/spec/pooling.md). */
  problem: {
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
      mode: string;
      regions: string[];
      periods: string[];
      fixedCost: number;
      seatCost: number;
      minSeats: number;
      maxSeats: number;
      maxSessions: number;
    }[];
    members: { id: string; sizeClass: SizeClass }[];
    policy: { unservedSeatPenalty: number; minMembersPerSession: number; timeLimitSeconds: number };
  };
  firms: number;
  firmsBySize: Record<SizeClass, number>;
  seats: number;
}

const periodCode = (i: number) => `2030-${String((i % 12) + 1).padStart(2, '0')}`;

/**
 * Synthetic members and needs for one participation rate, as a pooling problem. Firms of a sector
 * prefer the same topics (a Zipf law over a per-sector order); needs run over 1 to 3 consecutive
 * months; every topic has one in-person offer in the territory and one virtual offer at the
 * assumed prices. The same assumptions and rate always give the same problem.
 */
export function emulationProblem(
  counts: readonly FirmCount[],
  a: EmulationAssumptions,
  rate = a.participationRate,
): EmulationProblem {
  const rng = createRng(`emulation/${a.seed}`);
  const region = 'territory';
  const periods = Array.from({ length: Math.max(1, Math.min(12, a.periods)) }, (_, i) => periodCode(i));
  const topics = Array.from({ length: Math.max(1, a.topics) }, (_, i) => `topic-${String(i + 1).padStart(2, '0')}`);
  const weights = topics.map((_, i) => 1 / (i + 1) ** 0.9);
  const needs: EmulationProblem['problem']['needs'] = [];
  const members: EmulationProblem['problem']['members'] = [];
  const firmsBySize: Record<SizeClass, number> = { micro: 0, small: 0, medium: 0, large: 0 };
  let firmNo = 0;
  let seats = 0;
  for (const row of participatingFirms(counts, rate)) {
    // Each sector ranks the topics its own way, so firms of one sector share needs.
    const order = [...topics].sort((x, y) => hashOf(`${row.scianCode}/${x}`) - hashOf(`${row.scianCode}/${y}`));
    const byRow = rng.fork(`${row.scianCode}/${row.sizeClass}`);
    for (let f = 0; f < row.firms; f++) {
      firmNo++;
      firmsBySize[row.sizeClass]++;
      const memberId = `f${firmNo}`;
      members.push({ id: memberId, sizeClass: row.sizeClass });
      const count = Math.max(1, poisson(byRow, a.needsPerFirm[row.sizeClass]));
      const chosen = new Set<string>();
      for (let k = 0; k < count && chosen.size < order.length; k++) {
        let topic = byRow.weighted(order.map((t, i) => [t, weights[i]] as const));
        while (chosen.has(topic)) topic = order[(order.indexOf(topic) + 1) % order.length];
        chosen.add(topic);
        const [lo, hi] = SEATS_BY_SIZE[row.sizeClass];
        const n = byRow.int(lo, hi);
        const span = byRow.int(1, Math.min(3, periods.length));
        const start = byRow.int(0, periods.length - span);
        needs.push({
          id: `n${needs.length + 1}`,
          memberId,
          topic,
          seats: n,
          region,
          languages: ['fr'],
          modes: byRow.chance(a.virtualShare) ? ['in_person', 'virtual'] : ['in_person'],
          periods: periods.slice(start, start + span),
        });
        seats += n;
      }
    }
  }
  const price = a.coursePrice;
  const offers: EmulationProblem['problem']['offers'] = [];
  topics.forEach((topic, i) => {
    // Prices vary by topic around the assumed ones (±20 %, fixed by the seed).
    const jitter = 0.8 + 0.4 * rng.fork(`price/${i}`).next();
    const fixedCost = Math.round((price.fixedCostCents * jitter) / 100);
    const seatCost = Math.round((price.seatCostCents * jitter) / 100);
    const common = {
      topic,
      language: 'fr',
      periods,
      fixedCost,
      seatCost,
      minSeats: price.minSeats,
      maxSeats: price.maxSeats,
      maxSessions: 20,
    };
    offers.push({
      id: `o${i + 1}-in-person`,
      providerId: `p${(i % 4) + 1}`,
      mode: 'in_person',
      regions: [region],
      ...common,
    });
    offers.push({
      id: `o${i + 1}-virtual`,
      providerId: `p${(i % 4) + 1}`,
      mode: 'virtual',
      regions: [],
      ...common,
      fixedCost: Math.round(fixedCost * 0.8),
    });
  });
  return {
    problem: {
      periods,
      needs,
      offers,
      members,
      policy: {
        unservedSeatPenalty: 1000,
        minMembersPerSession: Math.max(1, a.minFirmsPerSession),
        timeLimitSeconds: a.timeLimitSeconds,
      },
    },
    firms: firmNo,
    firmsBySize,
    seats,
  };
}

/** The participation rates a scenario is run at: its own and others around it, to show how results move. */
export function participationLevels(rate: number): number[] {
  const levels = [0.25, 0.5, 1, 1.5, 2]
    .map((m) => Math.min(1, Math.round(rate * m * 1000) / 1000))
    .filter((r) => r > 0);
  return [...new Set([...levels, Math.round(rate * 1000) / 1000])].sort((x, y) => x - y);
}

/** The figures of a plan the planner shows (amounts in cents). */
export interface EmulationPoint {
  participationRate: number;
  firms: number;
  needs: number;
  seats: number;
  seatsServed: number;
  sessions: number;
  /** Average distinct firms per session. */
  firmsPerSession: number;
  pooledCostCents: number;
  standaloneCostCents: number;
  savingsCents: number;
  /** savings / standalone cost (0 when nothing was served). */
  savingsShare: number;
  savingsPerFirmCents: number;
  /** The operating cost public funding does not cover: what the pooling savings must at least pay for. */
  uncoveredCostCents: number;
  /** True when the savings cover the uncovered cost: the members could fund the mutual from what they save. */
  viable: boolean;
}

/** Reads a plan (interchange format, dollars) into the planner's figures. */
export function emulationPoint(
  rate: number,
  generated: Pick<EmulationProblem, 'firms' | 'seats'> & { needs: number },
  plan: {
    sessions: { allocations: { memberId: string }[] }[];
    totals: { cost: number; standaloneCost: number; savings: number; seatsServed: number };
  },
  a: Pick<EmulationAssumptions, 'operatingCostCents' | 'publicFundingShare'>,
): EmulationPoint {
  const cents = (dollars: number) => Math.round(dollars * 100);
  const sessions = plan.sessions.length;
  const firmsPerSession =
    sessions === 0
      ? 0
      : plan.sessions.reduce((n, s) => n + new Set(s.allocations.map((x) => x.memberId)).size, 0) / sessions;
  const standalone = cents(plan.totals.standaloneCost);
  const savings = cents(plan.totals.savings);
  const uncovered = Math.round(a.operatingCostCents * (1 - Math.min(1, Math.max(0, a.publicFundingShare))));
  return {
    participationRate: rate,
    firms: generated.firms,
    needs: generated.needs,
    seats: generated.seats,
    seatsServed: plan.totals.seatsServed,
    sessions,
    firmsPerSession: Math.round(firmsPerSession * 100) / 100,
    pooledCostCents: cents(plan.totals.cost),
    standaloneCostCents: standalone,
    savingsCents: savings,
    savingsShare: standalone > 0 ? Math.round((savings / standalone) * 10_000) / 10_000 : 0,
    savingsPerFirmCents: generated.firms > 0 ? Math.round(savings / generated.firms) : 0,
    uncoveredCostCents: uncovered,
    viable: generated.firms > 0 && savings >= uncovered,
  };
}

/**
 * The members a mutual needs to be viable: the fewest participating firms at which the savings
 * cover the uncovered operating cost, read between the two levels that bracket it (linear); null
 * when no level run reaches it (more firms than the territory has at the highest level).
 */
export function membersNeededToBeViable(points: readonly EmulationPoint[]): number | null {
  const sorted = [...points].sort((x, y) => x.firms - y.firms);
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i];
    if (!p.viable) continue;
    const before = sorted[i - 1];
    if (!before || before.savingsCents >= p.savingsCents) return p.firms;
    const need = p.uncoveredCostCents;
    const t = (need - before.savingsCents) / (p.savingsCents - before.savingsCents);
    return Math.max(before.firms + 1, Math.ceil(before.firms + Math.max(0, Math.min(1, t)) * (p.firms - before.firms)));
  }
  return null;
}

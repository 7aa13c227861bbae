// Pins and excludes: the coordinator's corrections to a plan, applied by rewriting the problem
// (the pooling contract has no notion of them) and mapping the plan back to the original ids.
//  - excluding a need removes it from the problem;
//  - excluding a session (offer, period, region) removes that slot from the offer;
//  - pinning a session gives it a private, free offer and private need parts that only it can
//    serve (so the solver always opens it), and takes one session of capacity off its offer in
//    that period; restorePlan puts the session's real cost back, shares it with the policy's rule
//    and recomputes members' standalone costs, totals, bound and baseline on the original problem.
import { parsePoolingProblem, shareSession } from '../pooling/index.ts';
import type { ProblemJson, ProblemNeedJson, ProblemOfferJson } from './problem-json.ts';
import { standaloneCostByNeedCents } from './standalone-by-need.ts';

export interface PinnedSession {
  /** the session's id in the plan it was pinned from ("s3") */
  id: string;
  offerId: string;
  period: string;
  region: string | null;
  seats: number;
  allocations: { needId: string; memberId: string; seats: number }[];
}

export interface ExcludedSession {
  offerId: string;
  period: string;
  region: string | null;
}

export interface Adjustments {
  pins?: PinnedSession[];
  excludeSessions?: ExcludedSession[];
  excludeNeeds?: string[];
}

/** Why a pin or exclude does not fit the problem (the server writes each in the reader's language). */
export type AdjustmentProblem =
  | 'need_not_in_problem'
  | 'offer_not_in_problem'
  | 'period_not_in_problem'
  | 'pinned_and_excluded'
  | 'offer_max_sessions'
  | 'pins_exceed_need_seats';

/**
 * A pin or exclude that does not fit the problem; `field` names it, e.g. `pins[0].allocations[1].needId`,
 * `code` and `params` say why; the message says it in English.
 */
export class InvalidAdjustmentError extends Error {
  readonly field: string;
  readonly code: AdjustmentProblem;
  readonly params: Record<string, string | number>;
  constructor(field: string, message: string, code: AdjustmentProblem, params: Record<string, string | number> = {}) {
    super(`${field}: ${message}`);
    this.name = 'InvalidAdjustmentError';
    this.field = field;
    this.code = code;
    this.params = params;
  }
}

/** A plan as the contract defines it (amounts in dollars), with the engine's extra fields. */
export interface PlanJson {
  sessions: {
    id: string;
    offerId: string;
    period: string;
    region: string | null;
    seats: number;
    cost: number;
    allocations: { needId: string; memberId: string; seats: number; share: number }[];
    pinned?: boolean;
  }[];
  unserved: { needId: string; seats: number; reason: string }[];
  members: { memberId: string; seats: number; pooledCost: number; standaloneCost: number; savings: number }[];
  totals: {
    cost: number;
    penalty: number;
    objective: number;
    seatsServed: number;
    seatsUnserved: number;
    standaloneCost: number;
    savings: number;
  };
  bound: { lowerBound: number; gap: number; optimal: boolean };
  baseline?: { objective: number; cost: number; seatsUnserved: number; improvement: number };
  warnings?: { memberId: string; message: string }[];
  [key: string]: unknown;
}

export interface AdjustedProblem {
  problem: ProblemJson;
  /** Maps a plan of the adjusted problem back to the original offer and need ids; lists pins the solver could not keep. */
  restorePlan<P extends PlanJson>(plan: P): P & { pinsNotKept?: string[] };
}

const sep = '~';

/** Rewrites `problem` so that any plan of the result keeps the pins and avoids the excludes; throws InvalidAdjustmentError naming the field. */
export function applyAdjustments(problem: ProblemJson, adjustments: Adjustments): AdjustedProblem {
  const pins = adjustments.pins ?? [];
  const excludedSessions = adjustments.excludeSessions ?? [];
  const excludedNeeds = new Set(adjustments.excludeNeeds ?? []);
  const needById = new Map(problem.needs.map((n) => [n.id, n]));
  const offerById = new Map(problem.offers.map((o) => [o.id, o]));
  const usedIds = new Set<string>([...needById.keys(), ...offerById.keys()]);
  const freshId = (base: string) => {
    let id = base;
    for (let k = 2; usedIds.has(id); k++) id = `${base}${sep}${k}`;
    usedIds.add(id);
    return id;
  };

  (adjustments.excludeNeeds ?? []).forEach((id, i) => {
    if (!needById.has(id))
      throw new InvalidAdjustmentError(
        `excludeNeeds[${i}]`,
        `need "${id}" is not in the problem`,
        'need_not_in_problem',
        { id },
      );
  });
  excludedSessions.forEach((x, i) => {
    const o = offerById.get(x.offerId);
    if (!o)
      throw new InvalidAdjustmentError(
        `excludeSessions[${i}].offerId`,
        `offer "${x.offerId}" is not in the problem`,
        'offer_not_in_problem',
        { id: x.offerId },
      );
  });

  // seats each need gives to pins
  const pinnedSeats = new Map<string, number>();
  // sessions taken by pins, per offer and period
  const pinsPerSlot = new Map<string, number>();
  pins.forEach((pin, i) => {
    const where = `pins[${i}]`;
    const o = offerById.get(pin.offerId);
    if (!o)
      throw new InvalidAdjustmentError(
        `${where}.offerId`,
        `offer "${pin.offerId}" is not in the problem`,
        'offer_not_in_problem',
        { id: pin.offerId },
      );
    if (!problem.periods.includes(pin.period))
      throw new InvalidAdjustmentError(
        `${where}.period`,
        `period "${pin.period}" is not in the problem`,
        'period_not_in_problem',
        { period: pin.period },
      );
    if (
      excludedSessions.some(
        (x) =>
          x.offerId === pin.offerId && x.period === pin.period && (o.mode === 'virtual' || x.region === pin.region),
      )
    )
      throw new InvalidAdjustmentError(
        where,
        `session "${pin.id}" is both pinned and excluded`,
        'pinned_and_excluded',
        { id: pin.id },
      );
    pin.allocations.forEach((a, j) => {
      if (!needById.has(a.needId))
        throw new InvalidAdjustmentError(
          `${where}.allocations[${j}].needId`,
          `need "${a.needId}" is not in the problem`,
          'need_not_in_problem',
          { id: a.needId },
        );
      if (excludedNeeds.has(a.needId))
        throw new InvalidAdjustmentError(
          `${where}.allocations[${j}].needId`,
          `need "${a.needId}" is both pinned and excluded`,
          'pinned_and_excluded',
          { id: a.needId },
        );
      pinnedSeats.set(a.needId, (pinnedSeats.get(a.needId) ?? 0) + a.seats);
    });
    const key = `${pin.offerId}\u0000${pin.period}`;
    pinsPerSlot.set(key, (pinsPerSlot.get(key) ?? 0) + 1);
    if ((pinsPerSlot.get(key) ?? 0) > (o.maxSessions ?? 1))
      throw new InvalidAdjustmentError(
        where,
        `offer "${o.id}" cannot run more than ${o.maxSessions ?? 1} session(s) in ${pin.period}`,
        'offer_max_sessions',
        { id: o.id, maximum: o.maxSessions ?? 1, period: pin.period },
      );
  });
  for (const [needId, seats] of pinnedSeats) {
    const n = needById.get(needId) as ProblemNeedJson;
    if (seats > n.seats)
      throw new InvalidAdjustmentError(
        'pins',
        `need "${needId}" has ${n.seats} seats but pins hold ${seats}`,
        'pins_exceed_need_seats',
        { id: needId, seats: n.seats, pinned: seats },
      );
  }

  const offerOrigin = new Map<string, string>();
  const needOrigin = new Map<string, string>();

  // needs: drop the excluded, take pinned seats off the rest
  const needs: ProblemNeedJson[] = [];
  for (const n of problem.needs) {
    if (excludedNeeds.has(n.id)) continue;
    const left = n.seats - (pinnedSeats.get(n.id) ?? 0);
    if (left > 0) needs.push(left === n.seats ? n : { ...n, seats: left });
  }

  // offers: periods with pins or excludes become their own offer with what is left of them
  const offers: ProblemOfferJson[] = [];
  for (const o of problem.offers) {
    const changed = new Set<string>();
    for (const x of excludedSessions) if (x.offerId === o.id) changed.add(x.period);
    for (const p of pins) if (p.offerId === o.id) changed.add(p.period);
    if (changed.size === 0) {
      offers.push(o);
      continue;
    }
    const untouched = o.periods.filter((p) => !changed.has(p));
    if (untouched.length > 0) offers.push({ ...o, periods: untouched });
    for (const period of o.periods.filter((p) => changed.has(p))) {
      const excludedHere = excludedSessions.filter((x) => x.offerId === o.id && x.period === period);
      if (o.mode === 'virtual' && excludedHere.length > 0) continue;
      const regions = (o.regions ?? []).filter((r) => !excludedHere.some((x) => x.region === r));
      if (o.mode !== 'virtual' && regions.length === 0) continue;
      const maxSessions = (o.maxSessions ?? 1) - (pinsPerSlot.get(`${o.id}\u0000${period}`) ?? 0);
      if (maxSessions <= 0) continue;
      const id = freshId(`${o.id}${sep}${period}`);
      offerOrigin.set(id, o.id);
      offers.push({ ...o, id, periods: [period], regions, maxSessions });
    }
  }

  // pins: a private topic, offer and need parts for each pinned session
  const pinOfferIds: string[] = [];
  pins.forEach((pin, i) => {
    const o = offerById.get(pin.offerId) as ProblemOfferJson;
    const topic = freshId(`pin${sep}${pin.id}${sep}${i}`);
    const offerId = freshId(`${o.id}${sep}pin${sep}${pin.id}`);
    offerOrigin.set(offerId, o.id);
    pinOfferIds.push(offerId);
    const seats = pin.allocations.reduce((t, a) => t + a.seats, 0);
    offers.push({
      ...o,
      id: offerId,
      topic,
      regions: pin.region === null ? (o.regions ?? []) : [pin.region],
      periods: [pin.period],
      fixedCost: 0,
      seatCost: 0,
      minSeats: seats,
      maxSeats: seats,
      maxSessions: 1,
    });
    for (const a of pin.allocations) {
      const n = needById.get(a.needId) as ProblemNeedJson;
      const id = freshId(`${n.id}${sep}pin${sep}${pin.id}`);
      needOrigin.set(id, n.id);
      needs.push({
        ...n,
        id,
        topic,
        seats: a.seats,
        region: pin.region ?? n.region,
        languages: [o.language],
        modes: [o.mode],
        periods: [pin.period],
      });
    }
  });

  return {
    problem: { ...problem, needs, offers },
    restorePlan(plan) {
      if (pins.length === 0 && offerOrigin.size === 0) return plan;
      return restore(problem, plan, offerOrigin, needOrigin, pins, pinOfferIds);
    },
  };
}

const toCents = (dollars: number) => Math.round(dollars * 100);
const toDollars = (cents: number) => Math.round(cents) / 100;

function restore<P extends PlanJson>(
  original: ProblemJson,
  plan: P,
  offerOrigin: Map<string, string>,
  needOrigin: Map<string, string>,
  pins: PinnedSession[],
  pinOfferIds: string[],
): P & { pinsNotKept?: string[] } {
  const parsed = parsePoolingProblem(original);
  const offerById = new Map(parsed.offers.map((o) => [o.id, o]));
  const sizeOf = new Map((parsed.members ?? []).map((m) => [m.id, m.sizeClass]));
  const { allocationRule, smallFirmDiscount } = parsed.policy;
  const pinOffers = new Set(pinOfferIds);
  const kept = new Set<string>();
  let pinnedCostCents = 0;

  const sessions = plan.sessions.map((s) => {
    const pinned = pinOffers.has(s.offerId);
    const offerId = offerOrigin.get(s.offerId) ?? s.offerId;
    const allocations = s.allocations.map((a) => ({ ...a, needId: needOrigin.get(a.needId) ?? a.needId }));
    if (!pinned) return { ...s, offerId, allocations };
    kept.add(s.offerId);
    const o = offerById.get(offerId);
    if (!o) throw new Error(`pinned offer ${offerId} missing from the problem`);
    const cost = o.fixedCostCents + o.seatCostCents * s.seats;
    pinnedCostCents += cost;
    const shares = shareSession(
      {
        fixedCostCents: o.fixedCostCents,
        seatCostCents: o.seatCostCents,
        allocations: allocations.map((a) => ({ memberId: a.memberId, seats: a.seats })),
      },
      allocationRule,
      (id) => sizeOf.get(id),
      smallFirmDiscount,
    );
    return {
      ...s,
      offerId,
      cost: toDollars(cost),
      allocations: allocations.map((a, i) => ({ ...a, share: toDollars(shares[i]) })),
      pinned: true,
    };
  });

  const unservedByNeed = new Map<string, PlanJson['unserved'][number]>();
  for (const u of plan.unserved) {
    const needId = needOrigin.get(u.needId) ?? u.needId;
    const prev = unservedByNeed.get(needId);
    unservedByNeed.set(needId, prev ? { ...prev, seats: prev.seats + u.seats } : { ...u, needId });
  }

  // members and totals on the original problem
  const servedByNeed = new Map<string, number>();
  const pooledByMember = new Map<string, number>();
  const seatsByMember = new Map<string, number>();
  for (const s of sessions)
    for (const a of s.allocations) {
      servedByNeed.set(a.needId, (servedByNeed.get(a.needId) ?? 0) + a.seats);
      pooledByMember.set(a.memberId, (pooledByMember.get(a.memberId) ?? 0) + toCents(a.share));
      seatsByMember.set(a.memberId, (seatsByMember.get(a.memberId) ?? 0) + a.seats);
    }
  const standaloneByNeed = standaloneCostByNeedCents(original, servedByNeed);
  const standaloneByMember = new Map<string, number>();
  for (const n of parsed.needs) {
    const c = standaloneByNeed.get(n.id);
    if (c !== undefined) standaloneByMember.set(n.memberId, (standaloneByMember.get(n.memberId) ?? 0) + (c ?? 0));
  }
  const members = plan.members.map((m) => {
    const pooled = pooledByMember.get(m.memberId) ?? 0;
    const standalone = standaloneByMember.get(m.memberId) ?? 0;
    return {
      ...m,
      seats: seatsByMember.get(m.memberId) ?? 0,
      pooledCost: toDollars(pooled),
      standaloneCost: toDollars(standalone),
      savings: toDollars(standalone - pooled),
    };
  });
  const warned = new Set((plan.warnings ?? []).map((w) => w.memberId));
  const warnings = [...(plan.warnings ?? [])];
  for (const m of members)
    if (m.pooledCost > m.standaloneCost && !warned.has(m.memberId))
      warnings.push({
        memberId: m.memberId,
        message: `member "${m.memberId}" pays ${toDollars(toCents(m.pooledCost) - toCents(m.standaloneCost)).toFixed(2)} more than alone because of a pinned session`,
      });

  const costCents = sessions.reduce((t, s) => t + toCents(s.cost), 0);
  const penaltyCents = toCents(plan.totals.penalty);
  const objectiveCents = costCents + penaltyCents;
  const standaloneCents = [...standaloneByMember.values()].reduce((t, v) => t + v, 0);
  const lowerBoundCents = Math.min(objectiveCents, toCents(plan.bound.lowerBound) + pinnedCostCents);
  const baseline = plan.baseline
    ? (() => {
        const objective = toCents(plan.baseline.objective) + pinnedCostCents;
        return {
          ...plan.baseline,
          objective: toDollars(objective),
          cost: toDollars(toCents(plan.baseline.cost) + pinnedCostCents),
          improvement: objective > 0 ? (objective - objectiveCents) / objective : 0,
        };
      })()
    : undefined;
  const notKept = pins.filter((_, i) => !kept.has(pinOfferIds[i])).map((p) => p.id);
  return {
    ...plan,
    sessions,
    unserved: [...unservedByNeed.values()],
    members,
    totals: {
      ...plan.totals,
      cost: toDollars(costCents),
      objective: toDollars(objectiveCents),
      standaloneCost: toDollars(standaloneCents),
      savings: toDollars(standaloneCents - costCents),
    },
    bound: {
      lowerBound: toDollars(lowerBoundCents),
      gap: objectiveCents > 0 ? (objectiveCents - lowerBoundCents) / objectiveCents : 0,
      optimal: lowerBoundCents === objectiveCents,
    },
    ...(baseline ? { baseline } : {}),
    warnings,
    ...(notKept.length > 0 ? { pinsNotKept: notKept } : {}),
  };
}

// The pooling engine: validates a problem, splits it into independent components, solves each
// exactly with HiGHS when it can (heuristic start, proven bound), and builds the plan.
import { capAtStandalone, type SessionToShare, shareSession } from './allocation.ts';
import { planNaiveBaseline } from './baseline.ts';
import type { DraftSession } from './draft.ts';
import { draftObjectiveCents, sessionCostCents, sessionSeats } from './draft.ts';
import { planComponentHeuristically } from './heuristic.ts';
import type { Component, PoolingInstance } from './instance.ts';
import { findComponents, indexInstance } from './instance.ts';
import { lagrangianBound } from './lagrangian.ts';
import {
  discardHighs,
  estimateModelSize,
  estimateSubProblemSize,
  loadHighs,
  type SubProblem,
  solveComponentMilp,
  wholeComponent,
} from './milp.ts';
import { improveByNeighbourhoods, type NeighbourhoodState, newNeighbourhoodState } from './neighbourhood-search.ts';
import { centsToDollars, compareIds } from './order.ts';
import type {
  Plan,
  PlanMember,
  PlanSession,
  PlanUnserved,
  PlanWarning,
  PoolingProgress,
  UnservedReason,
} from './plan.ts';
import type { Offer, PoolingProblem } from './problem.ts';
import { parsePoolingProblem } from './problem.ts';
import { standaloneCostCents } from './standalone.ts';
import {
  expectedMilpMs,
  firstCoreLevel,
  firstCoreMs,
  quickMilpMs,
  roundPriority,
  skipsCore,
  solvingDeadlines,
} from './time-sharing.ts';

export interface SolvePoolingOptions {
  onProgress?: (progress: PoolingProgress) => void;
  /** clock in milliseconds (injected for tests and workers) */
  now?: () => number;
  /** components above this many model nonzeros are solved by neighbourhood search (bound from the Lagrangian) instead of one MILP */
  maxMilpNonzeros?: number;
}

/** Components larger than this are not handed to HiGHS as one MILP. */
const DEFAULT_MAX_MILP_NONZEROS = 80_000;
/** A component's core: slots whose least Lagrangian cost is below the first threshold (cents), then the next once that core is solved. */
const CORE_THRESHOLDS = [0, 10_000, 50_000];
/** A first core up to this size gets a longer MILP. */
const MAX_LONG_CORE_NONZEROS = 60_000;
/** Neither are neighbourhoods larger than this. */
const MAX_NEIGHBOURHOOD_NONZEROS = 100_000;
interface ComponentOutcome {
  sessions: DraftSession[];
  objectiveCents: number;
  boundCents: number;
  source: 'milp' | 'lagrangian core' | 'neighbourhood search' | 'heuristic' | 'baseline';
  /** time spent on this component, in ms */
  ms: number;
  /** where its lower bound comes from */
  boundSource: string;
}

/** Solves a pooling problem given as parsed JSON: throws InvalidPoolingProblemError for a bad problem, else returns a feasible plan whose objective is never worse than the naive baseline and whose bound is proven. */
export async function solvePooling(input: unknown, options: SolvePoolingOptions = {}): Promise<Plan> {
  return planPooling(parsePoolingProblem(input), options);
}

/** Same as solvePooling for an already validated problem. */
export async function planPooling(problem: PoolingProblem, options: SolvePoolingOptions = {}): Promise<Plan> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const report = (p: Omit<PoolingProgress, 'elapsedMs'>) =>
    options.onProgress?.({ ...p, elapsedMs: Math.round(now() - started) });
  report({ phase: 'indexing', componentsDone: 0, componentsTotal: 0 });

  const inst = indexInstance(problem);
  const components = findComponents(inst);
  const baseline = planNaiveBaseline(inst);
  const baselineByNeed = new Map<number, DraftSession[]>();
  for (const s of baseline) {
    const first = s.allocations[0].need;
    baselineByNeed.set(first, [...(baselineByNeed.get(first) ?? []), s]);
  }

  // Leave time to share costs and write the plan.
  const limitMs = problem.policy.timeLimitSeconds * 1000;
  const deadlines = solvingDeadlines(limitMs);
  const finalDeadline = started + deadlines.finalMs;
  // HiGHS checks its own clock rarely on a busy machine: interrupt it past this point.
  const hardDeadline = started + deadlines.hardMs;
  const maxNonzeros = options.maxMilpNonzeros ?? DEFAULT_MAX_MILP_NONZEROS;
  const sizes = components.map((c) => estimateModelSize(inst, c));
  const order = components.map((_, i) => i).sort((a, b) => sizes[a] - sizes[b] || a - b);
  const exact = sizes.map((size) => size <= maxNonzeros);
  const outcomes: ComponentOutcome[] = new Array(components.length);
  /** time (s) of each component's last MILP, 0 before the first */
  const milpSeconds = new Array<number>(components.length).fill(0);
  /** time (ms) each component had in the last pass, which shares the time by gap */
  const searchMs = new Array<number>(components.length).fill(0);
  const multipliers = new Array<Map<number, number> | undefined>(components.length);
  const searchStates = new Array<NeighbourhoodState | undefined>(components.length);
  const reducedCosts = new Array<Map<number, number> | undefined>(components.length);
  /** how wide each component's core is (an index into CORE_THRESHOLDS: see firstCoreLevel), and the time of its last core MILP */
  const coreLevel = new Array<number>(components.length).fill(0);
  const coreChosen = new Array<boolean>(components.length).fill(false);
  const coreSeconds = new Array<number>(components.length).fill(0);
  let highs = await loadHighs();
  let objectiveSoFar = 0;
  let boundSoFar = 0;
  const progress = () =>
    report({
      phase: 'solving',
      componentsDone: components.length,
      componentsTotal: components.length,
      objective: centsToDollars(objectiveSoFar),
      lowerBound: centsToDollars(boundSoFar),
    });
  /** keeps a plan if it is better, a bound if it is higher (a bound never above the plan's objective) */
  const update = (
    ci: number,
    sessions: DraftSession[] | null,
    source: ComponentOutcome['source'],
    dual: number,
    boundSource: string,
  ) => {
    const o = outcomes[ci];
    if (sessions) {
      const cost = draftObjectiveCents(inst, sessions, components[ci].needs);
      if (cost < o.objectiveCents) {
        objectiveSoFar -= o.objectiveCents - cost;
        o.sessions = sessions;
        o.objectiveCents = cost;
        o.source = source;
      }
    }
    // costs are whole cents: the optimum is an integer, so a bound may be rounded up
    const raised = Number.isFinite(dual) ? Math.ceil(dual - 1e-6 - 1e-9 * Math.abs(dual)) : -Infinity;
    const bound = Math.min(o.objectiveCents, Math.max(o.boundCents, raised));
    boundSoFar += bound - o.boundCents;
    if (bound > o.boundCents) o.boundSource = boundSource;
    o.boundCents = bound;
  };
  const open = (ci: number) => outcomes[ci].objectiveCents > outcomes[ci].boundCents;
  const gapOf = (ci: number) => outcomes[ci].objectiveCents - outcomes[ci].boundCents;
  /** runs one piece of work on a component, timing it; a HiGHS failure leaves the component as it was */
  const work = async (ci: number, f: () => void) => {
    const t0 = now();
    try {
      f();
    } catch {
      // A HiGHS failure can leave its memory corrupt: start a fresh runtime, keep the best plan so far.
      discardHighs();
      highs = await loadHighs();
    }
    outcomes[ci].ms += now() - t0;
  };
  const milp = (ci: number, seconds: number) => {
    const comp = components[ci];
    const o = outcomes[ci];
    milpSeconds[ci] = seconds;
    const r = solveComponentMilp(highs, inst, wholeComponent(inst, comp), {
      timeLimitSeconds: Math.max(0.2, seconds),
      relativeGap: 0,
      start: o.sessions,
      deadline: { at: hardDeadline, now },
    });
    update(ci, r.sessions, 'milp', r.boundCents, 'milp');
    if (r.sessions && r.status === 'optimal' && r.objectiveCents - r.boundCents < 0.99)
      update(ci, null, 'milp', Math.round(r.objectiveCents), 'milp');
  };
  const search = (ci: number, untilMs: number) => {
    const comp = components[ci];
    searchStates[ci] ??= newNeighbourhoodState(ci + 1, MAX_NEIGHBOURHOOD_NONZEROS);
    const improved = improveByNeighbourhoods(highs, inst, comp, outcomes[ci].sessions, {
      deadlineMs: Math.min(untilMs, hardDeadline),
      now,
      maxNonzeros: MAX_NEIGHBOURHOOD_NONZEROS,
      state: searchStates[ci],
      // within a core a little wider than the one the MILP last had, once the Lagrangian has priced the slots
      slots: reducedCosts[ci] ? new Set(coreOf(ci, Math.max(1, coreLevel[ci])).slots) : undefined,
    });
    update(ci, improved, 'neighbourhood search', -Infinity, '');
  };
  const lagrangian = (ci: number, untilMs: number) => {
    const o = outcomes[ci];
    const r = lagrangianBound(inst, components[ci], {
      deadlineMs: Math.min(untilMs, hardDeadline),
      now,
      upperBoundCents: o.objectiveCents,
      start: multipliers[ci],
    });
    multipliers[ci] = r.multipliers;
    reducedCosts[ci] = r.reducedCosts;
    update(ci, null, o.source, r.boundCents, 'lagrangian');
  };
  /** The component's core at its current level: the slots whose least Lagrangian cost is under the level's threshold, and those of its best plan. */
  const coreOf = (ci: number, level = coreLevel[ci]): SubProblem => {
    const comp = components[ci];
    const rc = reducedCosts[ci];
    const threshold = CORE_THRESHOLDS[Math.min(level, CORE_THRESHOLDS.length - 1)];
    const core = new Set(comp.slots.filter((k) => (rc?.get(k) ?? Infinity) < threshold));
    for (const sess of outcomes[ci].sessions) core.add(sess.slot);
    const slots = [...core].sort((a, b) => a - b);
    return {
      ...wholeComponent(inst, comp),
      slots,
      groups: [...new Set(slots.map((k) => inst.slots[k].group))].sort((a, b) => a - b),
    };
  };
  /** The MILP restricted to the component's core: the slots that pay for themselves (or nearly) at the Lagrangian prices, and those of its best plan. */
  const coreMilp = (ci: number, seconds: number) => {
    if (!reducedCosts[ci]) return;
    const sub = coreOf(ci);
    coreSeconds[ci] = seconds;
    const r = solveComponentMilp(highs, inst, sub, {
      timeLimitSeconds: seconds,
      relativeGap: 1e-4,
      start: outcomes[ci].sessions,
      deadline: { at: hardDeadline, now },
    });
    update(ci, r.sessions, 'lagrangian core', -Infinity, '');
    // once the core is solved, the next core is wider; the full set of slots is the whole MILP
    if (r.status === 'optimal') {
      coreLevel[ci]++;
      coreSeconds[ci] = 0;
    }
  };
  report({ phase: 'solving', componentsDone: 0, componentsTotal: components.length });

  // Start: the greedy plan and the naive baseline of every component, and the simple bound.
  for (const ci of order) {
    const comp = components[ci];
    const t0 = now();
    const inComp = new Set(comp.needs);
    const baselineHere = comp.needs
      .flatMap((n) => baselineByNeed.get(n) ?? [])
      .filter((s) => inComp.has(s.allocations[0].need));
    const heuristic = planComponentHeuristically(inst, comp, baselineHere);
    const h = draftObjectiveCents(inst, heuristic, comp.needs);
    const b = draftObjectiveCents(inst, baselineHere, comp.needs);
    const chosen: Pick<ComponentOutcome, 'sessions' | 'objectiveCents' | 'source'> =
      h <= b
        ? { sessions: heuristic, objectiveCents: h, source: 'heuristic' }
        : { sessions: baselineHere, objectiveCents: b, source: 'baseline' };
    outcomes[ci] = { ...chosen, boundCents: 0, boundSource: 'simple', ms: now() - t0 };
    objectiveSoFar += chosen.objectiveCents;
    update(ci, null, chosen.source, simpleBoundCents(inst, comp), 'simple');
  }
  progress();

  // First pass (35 % of the time): the components small enough for one MILP, smallest first, with
  // time in proportion to size and a floor so that small ones finish their proof; those it does
  // not reach wait for the last pass.
  const firstPassEnd = started + (finalDeadline - started) * 0.35;
  let exactLeft = order.reduce((t, ci) => t + (exact[ci] && open(ci) ? sizes[ci] : 0), 0);
  for (const ci of order) {
    if (now() >= firstPassEnd) break;
    if (!exact[ci] || !open(ci)) continue;
    // a MILP cut short of the time its size needs is mostly lost (the rounds start it over): leave it to them
    if (firstPassEnd - now() < expectedMilpMs(sizes[ci])) break;
    const share = ((firstPassEnd - now()) * sizes[ci]) / Math.max(1, exactLeft);
    exactLeft -= sizes[ci];
    const budgetMs = Math.min(firstPassEnd - now(), Math.max(share, Math.min(2000, (finalDeadline - now()) * 0.1)));
    await work(ci, () => milp(ci, budgetMs / 1000));
    progress();
  }

  // Bound pass (20 % of the time left): a Lagrangian bound for every component still open, largest
  // gap first, with time in proportion to the gap and a floor. Its value is at least the LP
  // relaxation's with the x ≤ c·y rows; those it does not reach get theirs in the last pass.
  const boundPassEnd = now() + (finalDeadline - now()) * 0.2;
  const byGap = order.filter(open).sort((a, b) => gapOf(b) - gapOf(a) || a - b);
  let gapLeft = byGap.reduce((t, ci) => t + gapOf(ci), 0);
  for (const ci of byGap) {
    if (now() >= boundPassEnd) break;
    const share = ((boundPassEnd - now()) * gapOf(ci)) / Math.max(1, gapLeft);
    gapLeft -= gapOf(ci);
    await work(ci, () => lagrangian(ci, now() + Math.min(boundPassEnd - now(), Math.max(share, 100))));
    progress();
  }

  // Then, until the deadline, work where the gap is: each round picks the open component with the
  // largest gap per second of expected work (time already spent on it in this pass plus what one
  // MILP of its size may need: roundPriority), and gives it a slice. A small component gets its whole
  // MILP; a larger one its Lagrangian cores, then a MILP with twice its last time (from its best plan)
  // while that fits; otherwise neighbourhood search improves its plan. Stops early only when every
  // component is proven.
  for (;;) {
    const left = finalDeadline - now();
    if (left < 50) break;
    let pick = -1;
    let pickPriority = 0;
    for (const ci of order) {
      if (!open(ci) || (!exact[ci] && components[ci].slots.length <= 1)) continue;
      const priority = roundPriority({ gapCents: gapOf(ci), spentMs: searchMs[ci], nonzeros: sizes[ci] }, maxNonzeros);
      if (priority > pickPriority) {
        pick = ci;
        pickPriority = priority;
      }
    }
    if (pick < 0) break;
    const t0 = now();
    const totalGap = order.reduce((t, ci) => t + (open(ci) ? gapOf(ci) : 0), 0);
    const slice = Math.min(left, Math.max(1000, (left * gapOf(pick)) / Math.max(1, totalGap), left * 0.05));
    const doubled = Math.max(1, milpSeconds[pick] * 2);
    const coreDoubled = Math.max(1, coreSeconds[pick] * 2);
    const coreOpen = coreLevel[pick] < CORE_THRESHOLDS.length;
    if (!multipliers[pick])
      await work(pick, () => lagrangian(pick, now() + Math.min(left, Math.max(200, slice * 0.5))));
    // a small component gets its whole MILP, which HiGHS usually proves in a second or two
    else if (skipsCore(sizes[pick], maxNonzeros)) {
      const ms = quickMilpMs({
        lastMilpMs: milpSeconds[pick] * 1000,
        sliceMs: slice,
        nonzeros: sizes[pick],
        leftMs: left,
      });
      await work(pick, () => milp(pick, ms / 1000));
    }
    // (the first core of a component too large for one MILP gets more time when HiGHS can use it: a core of up to
    // MAX_LONG_CORE_NONZEROS finds its first better plan in seconds; a larger one may need a minute and go nowhere)
    else if (coreOpen && coreSeconds[pick] === 0) {
      if (!coreChosen[pick]) {
        coreChosen[pick] = true;
        const widerCoreNonzeros = exact[pick] ? estimateSubProblemSize(inst, coreOf(pick, 1)) : Infinity;
        coreLevel[pick] = firstCoreLevel({ exact: exact[pick], widerCoreNonzeros });
      }
      const coreSize = estimateSubProblemSize(inst, coreOf(pick));
      const long = !exact[pick] && coreLevel[pick] === 0 && coreSize <= MAX_LONG_CORE_NONZEROS;
      const ms = firstCoreMs({ sliceMs: slice, leftMs: left, coreNonzeros: coreSize, exact: exact[pick], long });
      await work(pick, () => coreMilp(pick, ms / 1000));
    } else if (exact[pick] && doubled * 1000 <= left) await work(pick, () => milp(pick, doubled));
    else if (!exact[pick] && coreOpen && coreDoubled * 1000 <= Math.max(slice, left * 0.25))
      await work(pick, () => coreMilp(pick, coreDoubled));
    else {
      await work(pick, () => search(pick, now() + slice));
      // now and then, the Lagrangian bound goes on from its multipliers
      if (multipliers[pick] && open(pick))
        await work(pick, () => lagrangian(pick, now() + Math.min(slice * 0.1, finalDeadline - now())));
    }
    searchMs[pick] += now() - t0;
    progress();
  }

  report({ phase: 'sharing costs', componentsDone: components.length, componentsTotal: components.length });
  const drafts = outcomes.flatMap((o) => o.sessions);
  const plan = buildPlan(inst, drafts, baseline);
  // Needs outside every component are unserved whatever the plan: their penalty is in the bound too.
  const inSomeComponent = new Set(components.flatMap((c) => c.needs));
  let forcedPenalty = 0;
  problem.needs.forEach((n, i) => {
    if (!inSomeComponent.has(i)) forcedPenalty += n.seats * problem.policy.unservedSeatPenaltyCents;
  });
  const objectiveCents = Math.round(plan.totals.objective * 100);
  const lowerBoundCents = Math.min(objectiveCents, outcomes.reduce((t, o) => t + o.boundCents, 0) + forcedPenalty);
  plan.bound = {
    lowerBound: centsToDollars(lowerBoundCents),
    gap: objectiveCents > 0 ? (objectiveCents - lowerBoundCents) / objectiveCents : 0,
    optimal: lowerBoundCents === objectiveCents,
  };
  const optimalComponents = outcomes.filter((o) => o.boundCents === o.objectiveCents).length;
  const sources = [...new Set(outcomes.map((o) => o.source))].sort();
  plan.solver = {
    method:
      components.length <= 1 && sources.join() === 'milp' ? 'milp' : `by component: ${sources.join(', ') || 'none'}`,
    milliseconds: Math.round(now() - started),
    components: components.length,
    componentsOptimal: optimalComponents,
    allocationRule: problem.policy.allocationRule,
    componentResults: components.map((c, ci) => {
      const o = outcomes[ci];
      return {
        topic: problem.needs[c.needs[0]].topic,
        needs: c.needs.length,
        slots: c.slots.length,
        objective: centsToDollars(o.objectiveCents),
        lowerBound: centsToDollars(o.boundCents),
        gap: o.objectiveCents > 0 ? (o.objectiveCents - o.boundCents) / o.objectiveCents : 0,
        optimal: o.objectiveCents === o.boundCents,
        method: o.source,
        bound: o.boundSource,
        milliseconds: Math.round(o.ms),
      };
    }),
  };
  report({
    phase: 'done',
    componentsDone: components.length,
    componentsTotal: components.length,
    objective: plan.totals.objective,
    lowerBound: plan.bound.lowerBound,
  });
  return plan;
}

/** Valid lower bound: each seat costs at least min(penalty, seatCost + fixedCost / maxSeats) over its slots. */
function simpleBoundCents(inst: PoolingInstance, comp: Component): number {
  const { needs, offers, policy } = inst.problem;
  let bound = 0;
  for (const n of comp.needs) {
    let best = policy.unservedSeatPenaltyCents;
    for (const k of inst.needSlots[n]) {
      const o = offers[inst.slots[k].offer];
      best = Math.min(best, o.seatCostCents + o.fixedCostCents / o.maxSeats);
    }
    bound += best * needs[n].seats;
  }
  return bound;
}

/** Offers a need could buy alone (compatible in some period and region), by index. */
function compatibleOffers(inst: PoolingInstance, need: number): Offer[] {
  const seen = new Set<number>();
  for (const k of inst.compatibleSlots[need]) seen.add(inst.slots[k].offer);
  return [...seen].sort((a, b) => a - b).map((o) => inst.problem.offers[o]);
}

/** Turns draft sessions into the spec's plan: ordered ids, costs, shares, members, unserved seats, totals and the baseline. */
function buildPlan(inst: PoolingInstance, drafts: DraftSession[], baseline: DraftSession[]): Plan {
  const { needs, offers, policy, members } = inst.problem;
  const pen = policy.unservedSeatPenaltyCents;
  const ordered = drafts
    .map((s) => ({
      ...s,
      allocations: [...s.allocations].sort((a, b) => compareIds(needs[a.need].id, needs[b.need].id)),
    }))
    .sort((a, b) => {
      const sa = inst.slots[a.slot];
      const sb = inst.slots[b.slot];
      return (
        sa.periodIndex - sb.periodIndex ||
        compareIds(offers[sa.offer].id, offers[sb.offer].id) ||
        compareIds(sa.region ?? '', sb.region ?? '') ||
        compareIds(needs[a.allocations[0].need].id, needs[b.allocations[0].need].id) ||
        sessionSeats(b) - sessionSeats(a)
      );
    });

  const served = new Map<number, number>();
  for (const s of ordered) for (const a of s.allocations) served.set(a.need, (served.get(a.need) ?? 0) + a.seats);

  // standalone cost per member, from each need's served seats
  const standaloneCache = new Map<string, number>();
  const standaloneByMember = new Map<string, number>();
  const seatsByMember = new Map<string, number>();
  const memberIds: string[] = [];
  needs.forEach((n, i) => {
    if (!standaloneByMember.has(n.memberId)) {
      memberIds.push(n.memberId);
      standaloneByMember.set(n.memberId, 0);
      seatsByMember.set(n.memberId, 0);
    }
    const seats = served.get(i) ?? 0;
    if (seats === 0) return;
    const offerSet = compatibleOffers(inst, i);
    const key = `${offerSet.map((o) => o.id).join('\u0000')}\u0001${seats}`;
    let cost = standaloneCache.get(key);
    if (cost === undefined) {
      cost = standaloneCostCents(offerSet, seats);
      standaloneCache.set(key, cost);
    }
    standaloneByMember.set(n.memberId, (standaloneByMember.get(n.memberId) ?? 0) + cost);
    seatsByMember.set(n.memberId, (seatsByMember.get(n.memberId) ?? 0) + seats);
  });

  const sizeOf = new Map((members ?? []).map((m) => [m.id, m.sizeClass]));
  const toShare: SessionToShare[] = ordered.map((s) => {
    const o = offers[inst.slots[s.slot].offer];
    return {
      fixedCostCents: o.fixedCostCents,
      seatCostCents: o.seatCostCents,
      allocations: s.allocations.map((a) => ({ memberId: needs[a.need].memberId, seats: a.seats })),
    };
  });
  const raw = toShare.map((s) =>
    shareSession(s, policy.allocationRule, (id) => sizeOf.get(id), policy.smallFirmDiscount),
  );
  const capped = capAtStandalone(toShare, raw, (id) => standaloneByMember.get(id) ?? 0);

  const pooledByMember = new Map<string, number>();
  const sessions: PlanSession[] = ordered.map((s, si) => {
    const slot = inst.slots[s.slot];
    return {
      id: `s${si + 1}`,
      offerId: offers[slot.offer].id,
      period: slot.period,
      region: slot.region,
      seats: sessionSeats(s),
      cost: centsToDollars(sessionCostCents(inst, s)),
      allocations: s.allocations.map((a, ai) => {
        const memberId = needs[a.need].memberId;
        pooledByMember.set(memberId, (pooledByMember.get(memberId) ?? 0) + capped.shares[si][ai]);
        return { needId: needs[a.need].id, memberId, seats: a.seats, share: centsToDollars(capped.shares[si][ai]) };
      }),
    };
  });

  const unserved: PlanUnserved[] = [];
  const sessionsPerGroup = new Map<number, number>();
  for (const s of ordered)
    sessionsPerGroup.set(inst.slots[s.slot].group, (sessionsPerGroup.get(inst.slots[s.slot].group) ?? 0) + 1);
  needs.forEach((n, i) => {
    const left = n.seats - (served.get(i) ?? 0);
    if (left <= 0) return;
    unserved.push({ needId: n.id, seats: left, reason: unservedReason(inst, i, sessionsPerGroup) });
  });

  const planMembers: PlanMember[] = [...memberIds].sort(compareIds).map((memberId) => {
    const pooled = pooledByMember.get(memberId) ?? 0;
    const standalone = standaloneByMember.get(memberId) ?? 0;
    return {
      memberId,
      seats: seatsByMember.get(memberId) ?? 0,
      pooledCost: centsToDollars(pooled),
      standaloneCost: centsToDollars(standalone),
      savings: centsToDollars(standalone - pooled),
    };
  });
  const warnings: PlanWarning[] = capped.overStandalone.map((memberId) => {
    const pooled = pooledByMember.get(memberId) ?? 0;
    const standalone = standaloneByMember.get(memberId) ?? 0;
    return {
      memberId,
      message: `member "${memberId}" pays ${centsToDollars(pooled - standalone).toFixed(2)} more than alone (pooled ${centsToDollars(pooled).toFixed(2)}, standalone ${centsToDollars(standalone).toFixed(2)}): no sharing of its sessions can bring it under its standalone cost`,
    };
  });

  const costCents = ordered.reduce((t, s) => t + sessionCostCents(inst, s), 0);
  const seatsServed = [...served.values()].reduce((t, v) => t + v, 0);
  const seatsUnserved = unserved.reduce((t, u) => t + u.seats, 0);
  const standaloneCents = [...standaloneByMember.values()].reduce((t, v) => t + v, 0);
  const objectiveCents = costCents + pen * seatsUnserved;

  const allNeeds = needs.map((_, i) => i);
  const baselineObjective = draftObjectiveCents(inst, baseline, allNeeds);
  const baselineCost = baseline.reduce((t, s) => t + sessionCostCents(inst, s), 0);
  return {
    sessions,
    unserved,
    members: planMembers,
    totals: {
      cost: centsToDollars(costCents),
      penalty: centsToDollars(pen * seatsUnserved),
      objective: centsToDollars(objectiveCents),
      seatsServed,
      seatsUnserved,
      standaloneCost: centsToDollars(standaloneCents),
      savings: centsToDollars(standaloneCents - costCents),
    },
    bound: { lowerBound: 0, gap: 1, optimal: false },
    solver: {
      method: '',
      milliseconds: 0,
      components: 0,
      componentsOptimal: 0,
      allocationRule: policy.allocationRule,
      componentResults: [],
    },
    baseline: {
      objective: centsToDollars(baselineObjective),
      cost: centsToDollars(baselineCost),
      seatsUnserved: baselineUnserved(inst, baseline),
      improvement: baselineObjective > 0 ? (baselineObjective - objectiveCents) / baselineObjective : 0,
    },
    warnings,
  };
}

function baselineUnserved(inst: PoolingInstance, baseline: DraftSession[]): number {
  const total = inst.problem.needs.reduce((t, n) => t + n.seats, 0);
  return total - baseline.reduce((t, s) => t + sessionSeats(s), 0);
}

function unservedReason(inst: PoolingInstance, need: number, sessionsPerGroup: Map<number, number>): UnservedReason {
  const { offers, policy } = inst.problem;
  if (inst.compatibleSlots[need].length === 0) return 'no compatible offer';
  if (inst.needSlots[need].length === 0) return 'too few seats or members to open a session';
  const full = inst.needSlots[need].every(
    (k) => (sessionsPerGroup.get(inst.slots[k].group) ?? 0) >= offers[inst.slots[k].offer].maxSessions,
  );
  if (full) return 'no session left in compatible offers';
  const cheapest = Math.min(...inst.needSlots[need].map((k) => offers[inst.slots[k].offer].seatCostCents));
  if (cheapest >= policy.unservedSeatPenaltyCents) return 'cheaper to leave unserved';
  return 'too few seats or members to open a session';
}

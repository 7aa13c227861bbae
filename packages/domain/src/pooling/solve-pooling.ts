// The pooling engine: validates a problem, splits it into independent components, solves each
// exactly with HiGHS when it can (heuristic start, proven bound), and builds the plan.
import { capAtStandalone, type SessionToShare, shareSession } from './allocation.ts';
import { planNaiveBaseline } from './baseline.ts';
import type { DraftSession } from './draft.ts';
import { draftObjectiveCents, sessionCostCents, sessionSeats } from './draft.ts';
import { planComponentHeuristically } from './heuristic.ts';
import type { Component, PoolingInstance } from './instance.ts';
import { findComponents, indexInstance } from './instance.ts';
import { discardHighs, estimateModelSize, loadHighs, solveComponentMilp, wholeComponent } from './milp.ts';
import { lagrangianBoundCents } from './lagrangian.ts';
import { improveByNeighbourhoods } from './neighbourhood-search.ts';
import { centsToDollars, compareIds } from './order.ts';
import type { Plan, PlanMember, PlanSession, PlanUnserved, PlanWarning, PoolingProgress, UnservedReason } from './plan.ts';
import type { Offer, PoolingProblem } from './problem.ts';
import { parsePoolingProblem } from './problem.ts';
import { standaloneCostCents } from './standalone.ts';

export interface SolvePoolingOptions {
  onProgress?: (progress: PoolingProgress) => void;
  /** clock in milliseconds (injected for tests and workers) */
  now?: () => number;
  /** components above this many model nonzeros are solved by neighbourhood search (bound from the LP relaxation) instead of one MILP */
  maxMilpNonzeros?: number;
}

/** Components larger than this are not handed to HiGHS as one MILP. */
const DEFAULT_MAX_MILP_NONZEROS = 80_000;
/** Neither are neighbourhoods larger than this. */
const MAX_NEIGHBOURHOOD_NONZEROS = 100_000;
/** Above this, the LP relaxation bound leaves out the x ≤ c·y rows. */
const STRENGTHENED_LP_NONZEROS = 300_000;
/** Share of the time left after the first pass that the Lagrangian bounds may use. */
const BOUND_PASS_SHARE = 0.3;
/** Above this, even the LP relaxation is skipped (simple bound only). */
const MAX_LP_NONZEROS = 3_000_000;

interface ComponentOutcome {
  sessions: DraftSession[];
  objectiveCents: number;
  boundCents: number;
  source: 'milp' | 'neighbourhood search' | 'heuristic' | 'baseline';
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
  const report = (p: Omit<PoolingProgress, 'elapsedMs'>) => options.onProgress?.({ ...p, elapsedMs: Math.round(now() - started) });
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
  const finalDeadline = started + limitMs * 0.9 - Math.min(2000, limitMs * 0.05);
  // First pass: every component, exactly where possible; second pass: search around the
  // incumbents of the components left with a gap.
  const deadline = started + (finalDeadline - started) * 0.6;
  // HiGHS checks its own clock rarely on a busy machine: interrupt it past this point.
  const hardDeadline = started + limitMs * 0.95;
  const maxNonzeros = options.maxMilpNonzeros ?? DEFAULT_MAX_MILP_NONZEROS;
  const sizes = components.map((c) => estimateModelSize(inst, c));
  const order = components.map((_, i) => i).sort((a, b) => sizes[a] - sizes[b] || a - b);
  let sizeLeft = sizes.reduce((t, s) => t + s, 0);
  const outcomes: ComponentOutcome[] = new Array(components.length);
  let highs = await loadHighs();
  let objectiveSoFar = 0;
  let boundSoFar = 0;
  let done = 0;
  report({ phase: 'solving', componentsDone: 0, componentsTotal: components.length });

  for (const ci of order) {
    const comp = components[ci];
    const compStarted = now();
    const inComp = new Set(comp.needs);
    const baselineHere = comp.needs.flatMap((n) => baselineByNeed.get(n) ?? []).filter((s) => inComp.has(s.allocations[0].need));
    const heuristic = planComponentHeuristically(inst, comp, baselineHere);
    const candidates: ComponentOutcome[] = [
      { sessions: heuristic, objectiveCents: draftObjectiveCents(inst, heuristic, comp.needs), boundCents: -Infinity, source: 'heuristic', ms: 0, boundSource: '' },
      { sessions: baselineHere, objectiveCents: draftObjectiveCents(inst, baselineHere, comp.needs), boundCents: -Infinity, source: 'baseline', ms: 0, boundSource: '' },
    ];
    const trivial = simpleBoundCents(inst, comp);
    let bound = trivial;
    // Time in proportion to size, but small components (usually solved in a blink) get a floor
    // so that a busy machine does not stop them just short of a proof.
    const budgetMs = Math.max(((deadline - now()) * sizes[ci]) / Math.max(1, sizeLeft), Math.min(2000, (deadline - now()) * 0.15));
    sizeLeft -= sizes[ci];
    const better = (a: ComponentOutcome, b: ComponentOutcome) => (a.objectiveCents <= b.objectiveCents ? a : b);
    const raiseBound = (dual: number) => {
      // costs are whole cents: the optimum is an integer, so the bound may be rounded up
      if (Number.isFinite(dual)) bound = Math.max(bound, Math.ceil(dual - 1e-6 - 1e-9 * Math.abs(dual)));
    };
    const sub = wholeComponent(inst, comp);
    if (candidates[0].objectiveCents > Math.ceil(trivial - 1e-6)) {
      try {
        const start = better(candidates[0], candidates[1]).sessions;
        if (sizes[ci] <= maxNonzeros) {
          const r = solveComponentMilp(highs, inst, sub, { timeLimitSeconds: Math.max(0.2, budgetMs / 1000), relativeGap: 0, start, deadline: { at: hardDeadline, now } });
          if (r.sessions) candidates.unshift({ sessions: r.sessions, objectiveCents: draftObjectiveCents(inst, r.sessions, comp.needs), boundCents: -Infinity, source: 'milp', ms: 0, boundSource: '' });
          raiseBound(r.boundCents);
          if (r.sessions && r.status === 'optimal' && r.objectiveCents - r.boundCents < 0.99) bound = Math.max(bound, Math.round(r.objectiveCents));
        } else {
          const componentDeadline = now() + budgetMs;
          // With minMembersPerSession = 1 the Lagrangian bound (below) comes close to the LP's, far quicker;
          // with more it ignores the members rule, so the LP relaxation may do better.
          if (problem.policy.minMembersPerSession > 1 && sizes[ci] <= MAX_LP_NONZEROS) {
            // The plain LP is quick; the x ≤ c·y rows tighten it by a few percent but make large
            // LPs slow, so they are tried second, with the time the plain one left.
            const lpDeadline = now() + budgetMs / 2;
            const plain = solveComponentMilp(highs, inst, sub, { timeLimitSeconds: Math.max(0.5, budgetMs / 2000), relativeGap: 0, relaxationOnly: true, strengthen: false, deadline: { at: hardDeadline, now } });
            raiseBound(plain.boundCents);
            if (sizes[ci] <= STRENGTHENED_LP_NONZEROS && lpDeadline - now() > 500) {
              const tight = solveComponentMilp(highs, inst, sub, { timeLimitSeconds: (lpDeadline - now()) / 1000, relativeGap: 0, relaxationOnly: true, strengthen: true, deadline: { at: hardDeadline, now } });
              raiseBound(tight.boundCents);
            }
          }
          const improved = improveByNeighbourhoods(highs, inst, comp, start, { deadlineMs: Math.min(componentDeadline, hardDeadline), now, maxNonzeros: MAX_NEIGHBOURHOOD_NONZEROS });
          candidates.unshift({ sessions: improved, objectiveCents: draftObjectiveCents(inst, improved, comp.needs), boundCents: -Infinity, source: 'neighbourhood search', ms: 0, boundSource: '' });
        }
      } catch {
        // A HiGHS failure can leave its memory corrupt: start a fresh runtime, keep the best plan so far.
        discardHighs();
        highs = await loadHighs();
      }
    }
    let chosen = candidates[0];
    for (const c of candidates) if (c.objectiveCents < chosen.objectiveCents) chosen = c;
    const boundCents = Math.min(Math.ceil(bound - 1e-6), chosen.objectiveCents);
    outcomes[ci] = { ...chosen, boundCents, ms: now() - compStarted, boundSource: sizes[ci] <= maxNonzeros ? 'milp' : 'lp/simple' };
    objectiveSoFar += chosen.objectiveCents;
    boundSoFar += boundCents;
    done++;
    report({
      phase: 'solving',
      componentsDone: done,
      componentsTotal: components.length,
      objective: centsToDollars(objectiveSoFar),
      lowerBound: centsToDollars(boundSoFar),
    });
  }

  // Bound pass: a Lagrangian bound (seats-per-need rows dualised, so that each offer-period is a
  // small knapsack) for every component left with a gap, largest gap first, with time in
  // proportion to the gap. Its best value is at least the LP relaxation with the x ≤ c·y rows; the
  // subgradient steps get close to it much quicker, so the search below aims at the gaps that are real.
  const unproven = order.filter((ci) => outcomes[ci].objectiveCents > outcomes[ci].boundCents);
  unproven.sort((a, b) => outcomes[b].objectiveCents - outcomes[b].boundCents - (outcomes[a].objectiveCents - outcomes[a].boundCents) || a - b);
  // (at least a few seconds of a long run, even when the first pass overran its share)
  const boundPassEnd = now() + Math.max((finalDeadline - now()) * BOUND_PASS_SHARE, Math.min(limitMs * 0.08, hardDeadline - now() - limitMs * 0.02));
  let unprovenLeft = unproven.reduce((t, ci) => t + outcomes[ci].objectiveCents - outcomes[ci].boundCents, 0);
  for (const ci of unproven) {
    const o = outcomes[ci];
    const share = ((boundPassEnd - now()) * (o.objectiveCents - o.boundCents)) / Math.max(1, unprovenLeft);
    unprovenLeft -= o.objectiveCents - o.boundCents;
    if (share < 20) continue;
    const t0 = now();
    const dual = lagrangianBoundCents(inst, components[ci], { deadlineMs: Math.min(now() + share, hardDeadline), now, upperBoundCents: o.objectiveCents });
    // costs are whole cents: the optimum is an integer, so the bound may be rounded up
    const raised = Math.min(o.objectiveCents, Math.ceil(dual - 1e-6 - 1e-9 * Math.abs(dual)));
    o.ms += now() - t0;
    if (raised > o.boundCents) {
      boundSoFar += raised - o.boundCents;
      outcomes[ci] = { ...o, boundCents: raised, boundSource: 'lagrangian' };
      report({ phase: 'solving', componentsDone: done, componentsTotal: components.length, objective: centsToDollars(objectiveSoFar), lowerBound: centsToDollars(boundSoFar) });
    }
  }

  const open = order.filter((ci) => outcomes[ci].objectiveCents > outcomes[ci].boundCents && components[ci].slots.length > 1);
  open.sort((a, b) => outcomes[b].objectiveCents - outcomes[b].boundCents - (outcomes[a].objectiveCents - outcomes[a].boundCents) || a - b);
  let gapLeft = open.reduce((t, ci) => t + outcomes[ci].objectiveCents - outcomes[ci].boundCents, 0);
  for (const ci of open) {
    const o = outcomes[ci];
    const share = ((finalDeadline - now()) * (o.objectiveCents - o.boundCents)) / Math.max(1, gapLeft);
    gapLeft -= o.objectiveCents - o.boundCents;
    if (share < 50) continue;
    const t0 = now();
    try {
      const improved = improveByNeighbourhoods(highs, inst, components[ci], o.sessions, {
        deadlineMs: Math.min(now() + share, hardDeadline),
        now,
        maxNonzeros: MAX_NEIGHBOURHOOD_NONZEROS,
      });
      const cost = draftObjectiveCents(inst, improved, components[ci].needs);
      if (cost < o.objectiveCents) {
        objectiveSoFar -= o.objectiveCents - cost;
        outcomes[ci] = { ...o, sessions: improved, objectiveCents: cost, boundCents: Math.min(o.boundCents, cost), source: 'neighbourhood search' };
        report({ phase: 'solving', componentsDone: done, componentsTotal: components.length, objective: centsToDollars(objectiveSoFar), lowerBound: centsToDollars(boundSoFar) });
      }
    } catch {
      discardHighs();
      highs = await loadHighs();
    }
    outcomes[ci].ms += now() - t0;
  }

  report({ phase: 'sharing costs', componentsDone: done, componentsTotal: components.length });
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
    method: components.length <= 1 && sources.join() === 'milp' ? 'milp' : `by component: ${sources.join(', ') || 'none'}`,
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
  report({ phase: 'done', componentsDone: done, componentsTotal: components.length, objective: plan.totals.objective, lowerBound: plan.bound.lowerBound });
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
    .map((s) => ({ ...s, allocations: [...s.allocations].sort((a, b) => compareIds(needs[a.need].id, needs[b.need].id)) }))
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
  const raw = toShare.map((s) => shareSession(s, policy.allocationRule, (id) => sizeOf.get(id), policy.smallFirmDiscount));
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
  for (const s of ordered) sessionsPerGroup.set(inst.slots[s.slot].group, (sessionsPerGroup.get(inst.slots[s.slot].group) ?? 0) + 1);
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
    solver: { method: '', milliseconds: 0, components: 0, componentsOptimal: 0, allocationRule: policy.allocationRule, componentResults: [] },
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
  const full = inst.needSlots[need].every((k) => (sessionsPerGroup.get(inst.slots[k].group) ?? 0) >= offers[inst.slots[k].offer].maxSessions);
  if (full) return 'no session left in compatible offers';
  const cheapest = Math.min(...inst.needSlots[need].map((k) => offers[inst.slots[k].offer].seatCostCents));
  if (cheapest >= policy.unservedSeatPenaltyCents) return 'cheaper to leave unserved';
  return 'too few seats or members to open a session';
}

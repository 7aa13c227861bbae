// Large neighbourhood search: keep the sessions outside a neighbourhood (a set of slots) fixed and
// let HiGHS re-plan the inside exactly, starting from the incumbent, so the plan never gets worse.
// A neighbourhood grows from a seed slot through the needs it shares with other slots (the
// periods a need is open in, its in-person and virtual slots, its region's neighbours in the same
// offer), so a step can move needs between periods, merge two sessions into one, split one, or
// move needs between in-person and virtual sessions. Its size adapts: larger while HiGHS proves
// each step quickly, smaller when it runs out of time.
import type { DraftSession } from './draft.ts';
import { draftObjectiveCents, findDraftViolation, sessionSeats } from './draft.ts';
import type { Component, PoolingInstance } from './instance.ts';
import { estimateSubProblemSize, type Highs, type SubProblem, solveComponentMilp } from './milp.ts';

/** What the search keeps between calls on one component (so a second call goes on where the first stopped). */
export interface NeighbourhoodState {
  /** PRNG state (the search is reproducible for a given sequence of calls and solver outcomes) */
  seed: number;
  /** target size of a neighbourhood, in model nonzeros */
  target: number;
  steps: number;
  improvements: number;
}

export interface NeighbourhoodSearchOptions {
  deadlineMs: number;
  now: () => number;
  /** neighbourhoods never grow beyond this many nonzeros */
  maxNonzeros: number;
  /** carried over between calls; a fresh one is made when left out */
  state?: NeighbourhoodState;
  /** at most this many steps (for tests: makes the result independent of the clock) */
  maxSteps?: number;
  /** neighbourhoods take only these slots (e.g. a Lagrangian core) and those of the incumbent; default every slot of the component */
  slots?: ReadonlySet<number>;
}

const MIN_TARGET = 1_500;

export function newNeighbourhoodState(seed: number, maxNonzeros: number): NeighbourhoodState {
  return { seed: seed >>> 0 || 1, target: Math.min(12_000, maxNonzeros), steps: 0, improvements: 0 };
}

/** xorshift32: small and reproducible. */
function nextRandom(state: NeighbourhoodState): number {
  let x = state.seed;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  state.seed = x >>> 0 || 1;
  return state.seed / 4294967296;
}

/** Slots reached from a seed slot, breadth first through shared needs, until the model would reach `target` nonzeros. */
export function relatedSlots(
  inst: PoolingInstance,
  inComp: ReadonlySet<number>,
  state: NeighbourhoodState,
  target: number,
  seed: number,
): number[] {
  const perNeed = inst.problem.policy.minMembersPerSession > 1 ? 9 : 4;
  const hood = new Set<number>([seed]);
  const queue = [seed];
  const seenNeeds = new Set<number>();
  let size = inst.slots[seed].needs.length * perNeed + 3;
  for (let head = 0; head < queue.length; head++) {
    const needs = inst.slots[queue[head]].needs.filter((n) => !seenNeeds.has(n));
    // visit the slot's needs in random order, so that two neighbourhoods from one seed differ
    for (let i = needs.length - 1; i > 0; i--) {
      const j = Math.floor(nextRandom(state) * (i + 1));
      [needs[i], needs[j]] = [needs[j], needs[i]];
    }
    for (const n of needs) {
      seenNeeds.add(n);
      for (const k of inst.needSlots[n]) {
        if (hood.has(k) || !inComp.has(k)) continue;
        const more = inst.slots[k].needs.length * perNeed + 3;
        if (size + more > target) continue;
        hood.add(k);
        queue.push(k);
        size += more;
      }
    }
  }
  return [...hood].sort((a, b) => a - b);
}

/** Where a neighbourhood starts: half the time a slot holding a session (to merge, split or move it), a fifth of the time a slot of a need with unserved seats, otherwise any slot. */
function seedSlot(
  inst: PoolingInstance,
  comp: Component,
  allowed: ReadonlySet<number>,
  plan: readonly DraftSession[],
  state: NeighbourhoodState,
): number {
  const r = nextRandom(state);
  if (r < 0.5 && plan.length > 0) return plan[Math.floor(nextRandom(state) * plan.length)].slot;
  if (r < 0.7) {
    const served = new Map<number, number>();
    for (const s of plan) for (const a of s.allocations) served.set(a.need, (served.get(a.need) ?? 0) + a.seats);
    const short = comp.needs.filter(
      (n) => (served.get(n) ?? 0) < inst.problem.needs[n].seats && inst.needSlots[n].some((k) => allowed.has(k)),
    );
    if (short.length > 0) {
      const n = short[Math.floor(nextRandom(state) * short.length)];
      const slots = inst.needSlots[n].filter((k) => allowed.has(k));
      return slots[Math.floor(nextRandom(state) * slots.length)];
    }
  }
  const slots = [...allowed];
  return slots[Math.floor(nextRandom(state) * slots.length)];
}

/** Improves a feasible plan of one component until the deadline (or maxSteps); returns a feasible plan no worse than `incumbent`. */
export function improveByNeighbourhoods(
  highs: Highs,
  inst: PoolingInstance,
  comp: Component,
  incumbent: DraftSession[],
  opts: NeighbourhoodSearchOptions,
): DraftSession[] {
  const { needs, offers } = inst.problem;
  const state = opts.state ?? newNeighbourhoodState(comp.needs[0] + 1, opts.maxNonzeros);
  if (comp.slots.length === 0) return incumbent;
  const inComp = new Set(opts.slots ? comp.slots.filter((k) => opts.slots?.has(k)) : comp.slots);
  for (const sess of incumbent) inComp.add(sess.slot);
  let best = incumbent;
  let bestCost = draftObjectiveCents(inst, best, comp.needs);
  for (let step = 0; opts.maxSteps === undefined || step < opts.maxSteps; step++) {
    const left = opts.deadlineMs - opts.now();
    if (left < 100) break;
    state.steps++;
    const target = Math.min(opts.maxNonzeros, Math.max(MIN_TARGET, state.target));
    const slots = relatedSlots(inst, inComp, state, target, seedSlot(inst, comp, inComp, best, state));
    const hood = new Set(slots);
    const fixed = best.filter((s) => !hood.has(s.slot));
    const freed = best.filter((s) => hood.has(s.slot));
    const fixedSeats = new Map<number, number>();
    const fixedPerGroup = new Map<number, number>();
    for (const s of fixed) {
      for (const a of s.allocations) fixedSeats.set(a.need, (fixedSeats.get(a.need) ?? 0) + a.seats);
      const g = inst.slots[s.slot].group;
      fixedPerGroup.set(g, (fixedPerGroup.get(g) ?? 0) + 1);
    }
    const demand = (n: number) => needs[n].seats - (fixedSeats.get(n) ?? 0);
    const subNeeds = [...new Set(slots.flatMap((k) => inst.slots[k].needs))]
      .filter((n) => demand(n) > 0)
      .sort((a, b) => a - b);
    const sub: SubProblem = {
      needs: subNeeds,
      slots,
      groups: [...new Set(slots.map((k) => inst.slots[k].group))].sort((a, b) => a - b),
      demand,
      groupCap: (g) => offers[inst.groups[g].offer].maxSessions - (fixedPerGroup.get(g) ?? 0),
    };
    if (subNeeds.length === 0 || estimateSubProblemSize(inst, sub) > opts.maxNonzeros) {
      state.target *= 0.8;
      continue;
    }
    // a step gets a few seconds at most, so that one hard neighbourhood cannot eat the slice
    const timeLimitSeconds = Math.min(left / 1000, 3);
    const started = opts.now();
    const r = solveComponentMilp(highs, inst, sub, {
      timeLimitSeconds,
      relativeGap: 1e-4,
      start: freed,
      deadline: { at: opts.deadlineMs, now: opts.now },
    });
    const took = opts.now() - started;
    if (r.status === 'optimal' && took < 1000) state.target = Math.min(opts.maxNonzeros, state.target * 1.25);
    else if (r.status !== 'optimal') state.target = Math.max(MIN_TARGET, state.target * 0.7);
    if (!r.sessions) continue;
    const candidate = [...fixed, ...r.sessions.filter((s) => sessionSeats(s) > 0)];
    const cost = draftObjectiveCents(inst, candidate, comp.needs);
    // equal cost is accepted too: a sideways move that lets later steps find something better
    if (cost <= bestCost && findDraftViolation(inst, candidate) === null) {
      if (cost < bestCost) state.improvements++;
      best = candidate;
      bestCost = cost;
    }
  }
  return best;
}

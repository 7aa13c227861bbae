// Large neighbourhood search for components too large for one MILP: keep the sessions outside
// a neighbourhood (one period, or one region's in-person slots) fixed and let HiGHS re-plan
// the rest exactly. Each step starts from the incumbent, so the plan never gets worse.
import type { DraftSession } from './draft.ts';
import { draftObjectiveCents, findDraftViolation, sessionSeats } from './draft.ts';
import type { Component, PoolingInstance } from './instance.ts';
import { estimateSubProblemSize, type Highs, type SubProblem, solveComponentMilp } from './milp.ts';

export interface NeighbourhoodSearchOptions {
  deadlineMs: number;
  now: () => number;
  /** neighbourhoods larger than this many nonzeros are skipped */
  maxNonzeros: number;
}

/** Neighbourhoods of a component: all slots of each period, each region's in-person slots, and each period's virtual slots. */
function neighbourhoods(inst: PoolingInstance, comp: Component): number[][] {
  const byVirtualPeriod = new Map<number, number[]>();
  const byPeriod = new Map<number, number[]>();
  const byRegion = new Map<string, number[]>();
  for (const k of comp.slots) {
    const s = inst.slots[k];
    byPeriod.set(s.periodIndex, [...(byPeriod.get(s.periodIndex) ?? []), k]);
    if (s.region !== null) byRegion.set(s.region, [...(byRegion.get(s.region) ?? []), k]);
    else byVirtualPeriod.set(s.periodIndex, [...(byVirtualPeriod.get(s.periodIndex) ?? []), k]);
  }
  const virtual = [...byVirtualPeriod.keys()].sort((a, b) => a - b).map((p) => byVirtualPeriod.get(p) ?? []);
  const periods = [...byPeriod.keys()].sort((a, b) => a - b).map((p) => byPeriod.get(p) ?? []);
  const regions = [...byRegion.keys()].sort().map((r) => byRegion.get(r) ?? []);
  const out: number[][] = [];
  for (let i = 0; i < Math.max(periods.length, regions.length); i++) {
    if (periods[i]) out.push(periods[i]);
    if (regions[i] && regions.length > 1) out.push(regions[i]);
  }
  if (regions.length > 1) out.push(...virtual);
  return out;
}

/** Splits a neighbourhood in halves (slots ordered by region, then offer) until each fits the size limit. */
function fit(inst: PoolingInstance, slots: number[], size: (slots: number[]) => number, max: number): number[][] {
  if (slots.length <= 1 || size(slots) <= max) return [slots];
  const sorted = [...slots].sort((a, b) => {
    const x = inst.slots[a];
    const y = inst.slots[b];
    return (x.region ?? '').localeCompare(y.region ?? '') || x.offer - y.offer || a - b;
  });
  const half = Math.ceil(sorted.length / 2);
  return [...fit(inst, sorted.slice(0, half), size, max), ...fit(inst, sorted.slice(half), size, max)];
}

/** Improves a feasible plan of one component until the deadline or until a full round finds nothing better; returns a feasible plan no worse than `incumbent`. */
export function improveByNeighbourhoods(
  highs: Highs,
  inst: PoolingInstance,
  comp: Component,
  incumbent: DraftSession[],
  opts: NeighbourhoodSearchOptions,
): DraftSession[] {
  const { needs, offers } = inst.problem;
  let best = incumbent;
  let bestCost = draftObjectiveCents(inst, best, comp.needs);
  // sizes are judged on the whole component's needs: a safe over-estimate for any incumbent
  const whole = (slots: number[]): SubProblem => ({
    needs: comp.needs,
    slots,
    groups: [],
    demand: (n) => needs[n].seats,
    groupCap: (g) => offers[inst.groups[g].offer].maxSessions,
  });
  const hoods = neighbourhoods(inst, comp).flatMap((h) => fit(inst, h, (slots) => estimateSubProblemSize(inst, whole(slots)), opts.maxNonzeros));
  let sinceImprovement = 0;
  for (let step = 0; sinceImprovement < hoods.length && hoods.length > 0; step++) {
    const left = opts.deadlineMs - opts.now();
    if (left < 100) break;
    const hood = new Set(hoods[step % hoods.length]);
    sinceImprovement++;
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
    const subNeeds = comp.needs.filter((n) => demand(n) > 0 && inst.needSlots[n].some((k) => hood.has(k)));
    const slots = [...hood].sort((a, b) => a - b);
    const sub: SubProblem = {
      needs: subNeeds,
      slots,
      groups: [...new Set(slots.map((k) => inst.slots[k].group))].sort((a, b) => a - b),
      demand,
      groupCap: (g) => offers[inst.groups[g].offer].maxSessions - (fixedPerGroup.get(g) ?? 0),
    };
    if (subNeeds.length === 0 || estimateSubProblemSize(inst, sub) > opts.maxNonzeros) continue;
    const timeLimitSeconds = Math.min(left / 1000, Math.max(0.5, left / 1000 / Math.max(1, hoods.length - sinceImprovement + 1)));
    const r = solveComponentMilp(highs, inst, sub, { timeLimitSeconds, relativeGap: 1e-4, start: freed, deadline: { at: opts.deadlineMs, now: opts.now } });
    if (!r.sessions) continue;
    const candidate = [...fixed, ...r.sessions.filter((s) => sessionSeats(s) > 0)];
    const cost = draftObjectiveCents(inst, candidate, comp.needs);
    if (cost < bestCost && findDraftViolation(inst, candidate) === null) {
      best = candidate;
      bestCost = cost;
      sinceImprovement = 0;
    }
  }
  return best;
}

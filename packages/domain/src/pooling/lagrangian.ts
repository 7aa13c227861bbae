// Lagrangian lower bound of one component (aggregated model): the "seats of a need" rows
// Σ_k x[n,k] + u[n] = seats[n] are moved into the objective with multipliers λ[n]. What is left
// splits by (offer, period) group: per slot and number of sessions y, a one-row knapsack solved
// greedily (x[n] ≤ min(seats[n], maxSeats·y), minSeats·y ≤ Σx ≤ maxSeats·y, y integer), and per
// group a small dynamic programme over slots under maxSessions. For ANY λ,
//   L(λ) = Σ λ[n]·seats[n] + Σ_n seats[n]·min(0, penalty − λ[n]) + Σ_groups min(...)
// is a lower bound on the component's optimum (every feasible plan is feasible for the relaxed
// problem and has the same Lagrangian cost). Subgradient steps raise it; the best value is kept.
// With λ from the LP relaxation's duals, L(λ) is at least the LP value, since the sub-problems
// keep y integer (they are not relaxed).
import type { Component, PoolingInstance } from './instance.ts';

export interface LagrangianOptions {
  /** stop after this clock time (ms) */
  deadlineMs: number;
  now: () => number;
  /** objective of a known plan (cents), the target of the step size */
  upperBoundCents: number;
  /** starting multipliers per need index (e.g. LP duals); default: each seat's cheapest cost */
  start?: ReadonlyMap<number, number>;
  /** at most this many subgradient steps (keeps the result independent of the clock when it stops first) */
  maxIterations?: number;
}

interface SlotData {
  fixed: number;
  seat: number;
  minSeats: number;
  maxSeats: number;
  yMax: number;
  /** local need indices */
  needs: Int32Array;
  /** the same, by decreasing multiplier (refilled at each evaluation) */
  sorted: Int32Array;
  fill: number;
}

export interface LagrangianResult {
  /** best bound found (cents, not rounded) */
  boundCents: number;
  /** the multipliers that gave it, per need index */
  multipliers: Map<number, number>;
  /** per slot, its least Lagrangian cost over 1..yMax sessions at those multipliers (negative: worth opening at these prices) */
  reducedCosts: Map<number, number>;
}

/** Best Lagrangian lower bound (cents, not rounded) found within the options' limits. */
export function lagrangianBoundCents(inst: PoolingInstance, comp: Component, opts: LagrangianOptions): number {
  return lagrangianBound(inst, comp, opts).boundCents;
}

/** Best Lagrangian lower bound (cents, not rounded) and the multipliers that gave it (per need index), to go on from later. */
export function lagrangianBound(inst: PoolingInstance, comp: Component, opts: LagrangianOptions): LagrangianResult {
  const { needs, offers, policy } = inst.problem;
  const pen = policy.unservedSeatPenaltyCents;
  const nLocal = comp.needs.length;
  const local = new Map<number, number>();
  for (const [i, n] of comp.needs.entries()) local.set(n, i);
  const demand = Float64Array.from(comp.needs, (n) => needs[n].seats);
  const slotData = new Map<number, SlotData>();
  for (const k of comp.slots) {
    const slot = inst.slots[k];
    const o = offers[slot.offer];
    const list = slot.needs.filter((n) => local.has(n));
    let seats = 0;
    for (const n of list) seats += needs[n].seats;
    let yMax = Math.min(o.maxSessions, Math.floor(seats / o.minSeats));
    if (policy.minMembersPerSession > 1) {
      const firms = new Set(list.map((n) => needs[n].memberId)).size;
      yMax = Math.min(yMax, Math.floor(firms / policy.minMembersPerSession));
    }
    slotData.set(k, {
      fixed: o.fixedCostCents,
      seat: o.seatCostCents,
      minSeats: o.minSeats,
      maxSeats: o.maxSeats,
      yMax: Math.max(0, yMax),
      needs: Int32Array.from(list, (n) => local.get(n) ?? 0),
      sorted: new Int32Array(list.length),
      fill: 0,
    });
  }
  const needSlotData: SlotData[][] = comp.needs.map(() => []);
  for (const s of slotData.values()) for (const i of s.needs) needSlotData[i].push(s);
  const byMultiplier = Int32Array.from(comp.needs, (_, i) => i);
  const groups = comp.groups.map((g) => ({
    cap: offers[inst.groups[g].offer].maxSessions,
    slots: inst.groups[g].slots.filter((k) => slotData.has(k)).map((k) => slotData.get(k) as SlotData),
  }));

  const lambda = new Float64Array(nLocal);
  for (let i = 0; i < nLocal; i++) {
    const n = comp.needs[i];
    const given = opts.start?.get(n);
    if (given !== undefined && Number.isFinite(given)) lambda[i] = given;
    else {
      let best = pen;
      for (const k of inst.needSlots[n]) {
        const o = offers[inst.slots[k].offer];
        best = Math.min(best, o.seatCostCents + o.fixedCostCents / o.maxSeats);
      }
      lambda[i] = best;
    }
  }

  const served = new Float64Array(nLocal);
  // Greedy knapsack of one slot with y sessions: returns its Lagrangian cost; adds seats to `served` if asked.
  const slotCost = (s: SlotData, y: number, record: boolean): number => {
    if (y === 0) return 0;
    const cap = s.maxSeats * y;
    const min = s.minSeats * y;
    let cost = s.fixed * y;
    let taken = 0;
    for (const i of s.sorted) {
      if (taken >= cap) break;
      const profit = lambda[i] - s.seat;
      if (profit <= 0 && taken >= min) break;
      const want = profit > 0 ? cap - taken : min - taken;
      const t = Math.min(demand[i], want);
      if (t <= 0) continue;
      taken += t;
      cost -= profit * t;
      if (record) served[i] += t;
    }
    return taken >= min ? cost : Infinity;
  };

  const evaluate = (): number => {
    served.fill(0);
    // every slot's needs by decreasing multiplier, from one sort of all needs
    byMultiplier.sort((a, b) => lambda[b] - lambda[a] || a - b);
    for (const s of slotData.values()) s.fill = 0;
    for (const i of byMultiplier) for (const s of needSlotData[i]) s.sorted[s.fill++] = i;
    let total = 0;
    for (let i = 0; i < nLocal; i++) total += lambda[i] * demand[i] + demand[i] * Math.min(0, pen - lambda[i]);
    for (const g of groups) {
      const cap = Math.min(
        g.cap,
        g.slots.reduce((t, s) => t + s.yMax, 0),
      );
      // f[s][y] and the slot's needs in order of multiplier
      const f: number[][] = [];
      for (const s of g.slots) {
        const row = [0];
        for (let y = 1; y <= Math.min(s.yMax, cap); y++) row.push(slotCost(s, y, false));
        f.push(row);
      }
      // dp over slots: best[j] = least cost with j sessions used; choice[s][j] = sessions of slot s
      let best = new Array<number>(cap + 1).fill(Infinity);
      best[0] = 0;
      const choice: Int8Array[] = [];
      for (let si = 0; si < g.slots.length; si++) {
        const next = new Array<number>(cap + 1).fill(Infinity);
        const ch = new Int8Array(cap + 1);
        for (let j = 0; j <= cap; j++) {
          if (best[j] === Infinity) continue;
          for (let y = 0; y < f[si].length && j + y <= cap; y++) {
            const v = best[j] + f[si][y];
            if (v < next[j + y]) {
              next[j + y] = v;
              ch[j + y] = y;
            }
          }
        }
        choice.push(ch);
        best = next;
      }
      let j = 0;
      for (let t = 1; t <= cap; t++) if (best[t] < best[j]) j = t;
      total += best[j];
      for (let si = g.slots.length - 1; si >= 0; si--) {
        const y = choice[si][j];
        if (y > 0) slotCost(g.slots[si], y, true);
        j -= y;
      }
    }
    return total;
  };

  const grad = new Float64Array(nLocal);
  let bestBound = evaluate();
  const bestLambda = Float64Array.from(lambda);
  let theta = 2;
  let sinceBest = 0;
  const maxIterations = opts.maxIterations ?? 3000;
  for (let it = 0; it < maxIterations && opts.now() < opts.deadlineMs; it++) {
    let norm = 0;
    for (let i = 0; i < nLocal; i++) {
      const u = pen - lambda[i] < 0 ? demand[i] : 0;
      grad[i] = demand[i] - served[i] - u;
      norm += grad[i] * grad[i];
    }
    if (norm === 0) break; // the relaxed solution is feasible: the bound is the optimum of the relaxation
    const target = Math.max(opts.upperBoundCents, bestBound + 1);
    const step = (theta * (target - bestBound)) / norm;
    for (let i = 0; i < nLocal; i++) lambda[i] += step * grad[i];
    const value = evaluate();
    if (value > bestBound + 1e-6 * Math.abs(bestBound)) {
      bestBound = value;
      bestLambda.set(lambda);
      sinceBest = 0;
    } else if (++sinceBest >= 30) {
      theta /= 2;
      sinceBest = 0;
      if (theta < 1e-4) break;
    }
  }
  // each slot's best Lagrangian cost at the best multipliers (negative: the slot pays for itself at these prices)
  lambda.set(bestLambda);
  evaluate();
  const reducedCosts = new Map<number, number>();
  for (const [k, sd] of slotData) {
    let best = Infinity;
    for (let y = 1; y <= sd.yMax; y++) best = Math.min(best, slotCost(sd, y, false));
    reducedCosts.set(k, best);
  }
  return { boundCents: bestBound, multipliers: new Map(comp.needs.map((n, i) => [n, bestLambda[i]])), reducedCosts };
}

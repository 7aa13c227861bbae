// Exact model of one component for HiGHS (MILP), built as sparse arrays (no LP text to parse).
// One integer count of sessions per slot and integer seats per need and slot; seats are split
// into sessions afterwards. With minMembersPerSession = K > 1, per firm and slot a "firm-session
// incidence" variable t ≤ min(firm's seats, sessions) and Σ t ≥ K · sessions: exactly the
// condition for a split where every session has K firms (draft.ts, splitSlotAmongFirms).
import highsLoader, { type HighsCallbackMap } from 'highs';
import type { DraftSession } from './draft.ts';
import { findDraftViolation, firmIncidences, splitSlotAmongFirms, splitSlotIntoSessions } from './draft.ts';
import type { Component, PoolingInstance } from './instance.ts';

export type Highs = Awaited<ReturnType<typeof highsLoader>>;

let cachedHighs: Promise<Highs> | null = null;

/** The shared HiGHS runtime, loaded once per thread. */
export function loadHighs(): Promise<Highs> {
  cachedHighs ??= highsLoader();
  return cachedHighs;
}

/** Forgets the HiGHS runtime (after a crash its memory may be corrupt); the next load makes a new one. */
export function discardHighs(): void {
  cachedHighs = null;
}

/**
 * The part of a component handed to HiGHS: all of it, or (for large neighbourhood search) some
 * slots with the needs' seats left over by the sessions kept fixed elsewhere.
 */
export interface SubProblem {
  needs: number[];
  slots: number[];
  groups: number[];
  /** seats still to place for a need */
  demand: (need: number) => number;
  /** sessions still allowed in an (offer, period) group */
  groupCap: (group: number) => number;
}

/** A whole component as a sub-problem. */
export function wholeComponent(inst: PoolingInstance, comp: Component): SubProblem {
  return {
    needs: comp.needs,
    slots: comp.slots,
    groups: comp.groups,
    demand: (n) => inst.problem.needs[n].seats,
    groupCap: (g) => inst.problem.offers[inst.groups[g].offer].maxSessions,
  };
}

interface Built {
  numCols: number;
  numRows: number;
  colCost: number[];
  colLower: number[];
  colUpper: number[];
  integrality: number[];
  rowLower: number[];
  rowUpper: number[];
  colRows: number[][];
  colVals: number[][];
  /** fills a column vector from a draft */
  encode: (sessions: readonly DraftSession[]) => number[];
  /** reads a draft back from a column vector; null if rounding breaks a rule */
  decode: (x: Float64Array) => DraftSession[] | null;
  nonzeros: number;
}

class Builder {
  colCost: number[] = [];
  colLower: number[] = [];
  colUpper: number[] = [];
  integrality: number[] = [];
  colRows: number[][] = [];
  colVals: number[][] = [];
  rowLower: number[] = [];
  rowUpper: number[] = [];
  nonzeros = 0;
  col(cost: number, lower: number, upper: number, integer: boolean): number {
    this.colCost.push(cost);
    this.colLower.push(lower);
    this.colUpper.push(upper);
    this.integrality.push(integer ? 1 : 0);
    this.colRows.push([]);
    this.colVals.push([]);
    return this.colCost.length - 1;
  }
  row(lower: number, upper: number): number {
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    return this.rowLower.length - 1;
  }
  set(row: number, col: number, value: number): void {
    this.colRows[col].push(row);
    this.colVals[col].push(value);
    this.nonzeros++;
  }
}

/** Estimated number of nonzeros of the component's model, to decide whether to hand it to HiGHS. */
export function estimateModelSize(inst: PoolingInstance, comp: Component): number {
  return estimateSubProblemSize(inst, wholeComponent(inst, comp));
}

/** Estimated number of nonzeros of a sub-problem's model. */
export function estimateSubProblemSize(inst: PoolingInstance, sub: SubProblem): number {
  const inSub = new Set(sub.needs);
  let total = 0;
  const withFirms = inst.problem.policy.minMembersPerSession > 1;
  for (const k of sub.slots) {
    const n = slotNeeds(inst, sub, inSub, k).length;
    total += withFirms ? n * 9 + 4 : n * 4 + 3;
  }
  return total;
}

function slotNeeds(inst: PoolingInstance, sub: SubProblem, inSub: Set<number>, k: number): number[] {
  return inst.slots[k].needs.filter((n) => inSub.has(n) && sub.demand(n) > 0);
}

function sessionsAllowed(inst: PoolingInstance, sub: SubProblem, inSub: Set<number>, k: number): number {
  const { needs, offers, policy } = inst.problem;
  const slot = inst.slots[k];
  const o = offers[slot.offer];
  const open = slotNeeds(inst, sub, inSub, k);
  let seats = 0;
  for (const n of open) seats += sub.demand(n);
  let j = Math.min(o.maxSessions, sub.groupCap(slot.group), Math.floor(seats / o.minSeats));
  if (policy.minMembersPerSession > 1) {
    const firms = new Set(open.map((n) => needs[n].memberId)).size;
    j = Math.min(j, Math.floor(firms / policy.minMembersPerSession));
  }
  return Math.max(0, j);
}

function buildAggregated(inst: PoolingInstance, comp: SubProblem, strengthen: boolean): Built {
  const { needs, offers, policy } = inst.problem;
  const minMembers = policy.minMembersPerSession;
  const firmOf = (n: number) => needs[n].memberId;
  const inSub = new Set(comp.needs);
  const allowed = new Map(comp.slots.map((k) => [k, sessionsAllowed(inst, comp, inSub, k)]));
  const b = new Builder();
  const needRow = new Map<number, number>();
  for (const n of comp.needs) needRow.set(n, b.row(comp.demand(n), comp.demand(n)));
  const yCol = new Map<number, number>();
  const xCols = new Map<number, { need: number; col: number }[]>();
  const tCols = new Map<number, Map<string, number>>();
  const uCol = new Map<number, number>();
  const groupRows = new Map<number, number>();
  for (const g of comp.groups) {
    const ub = inst.groups[g].slots.reduce((t, k) => t + (allowed.get(k) ?? 0), 0);
    if (ub > comp.groupCap(g)) groupRows.set(g, b.row(-Infinity, comp.groupCap(g)));
  }
  for (const k of comp.slots) {
    const slot = inst.slots[k];
    const o = offers[slot.offer];
    const yMax = allowed.get(k) ?? 0;
    const capRow = b.row(-Infinity, 0);
    const minRow = b.row(0, Infinity);
    const y = b.col(o.fixedCostCents, 0, yMax, true);
    yCol.set(k, y);
    b.set(capRow, y, -o.maxSeats);
    b.set(minRow, y, -o.minSeats);
    const gr = groupRows.get(slot.group);
    if (gr !== undefined) b.set(gr, y, 1);
    const xs: { need: number; col: number }[] = [];
    for (const n of slotNeeds(inst, comp, inSub, k)) {
      const ub = Math.min(comp.demand(n), o.maxSeats * yMax);
      const x = b.col(o.seatCostCents, 0, ub, true);
      b.set(needRow.get(n) ?? 0, x, 1);
      b.set(capRow, x, 1);
      b.set(minRow, x, 1);
      if (strengthen) {
        const vub = b.row(-Infinity, 0);
        b.set(vub, x, 1);
        b.set(vub, y, -Math.min(comp.demand(n), o.maxSeats));
      }
      xs.push({ need: n, col: x });
    }
    xCols.set(k, xs);
    if (minMembers > 1) {
      // t[f] ≤ Σ x of the firm's needs, t[f] ≤ y, Σ t ≥ K·y
      const count = b.row(0, Infinity);
      b.set(count, y, -minMembers);
      const byFirm = new Map<string, { need: number; col: number }[]>();
      for (const e of xs) byFirm.set(firmOf(e.need), [...(byFirm.get(firmOf(e.need)) ?? []), e]);
      const ts = new Map<string, number>();
      for (const [f, list] of byFirm) {
        const seats = list.reduce((t, e) => t + comp.demand(e.need), 0);
        const t = b.col(0, 0, Math.min(seats, yMax), false);
        ts.set(f, t);
        b.set(count, t, 1);
        const link = b.row(-Infinity, 0);
        b.set(link, t, 1);
        for (const e of list) b.set(link, e.col, -1);
        const cap = b.row(-Infinity, 0);
        b.set(cap, t, 1);
        b.set(cap, y, -1);
      }
      tCols.set(k, ts);
    }
  }
  for (const n of comp.needs) {
    // integral (as it is anyway: seats and demand are whole) so that every column with a cost is: HiGHS then
    // sees the objective as a multiple of the costs' common divisor (e.g. $5) and prunes by it
    const u = b.col(policy.unservedSeatPenaltyCents, 0, comp.demand(n), true);
    b.set(needRow.get(n) ?? 0, u, 1);
    uCol.set(n, u);
  }
  const encode = (sessions: readonly DraftSession[]) => {
    const v = new Array<number>(b.colCost.length).fill(0);
    const served = new Map<number, number>();
    for (const s of sessions) {
      const y = yCol.get(s.slot);
      if (y === undefined) continue;
      v[y] += 1;
      for (const a of s.allocations) {
        const x = xCols.get(s.slot)?.find((e) => e.need === a.need);
        if (x) v[x.col] += a.seats;
        served.set(a.need, (served.get(a.need) ?? 0) + a.seats);
      }
    }
    for (const n of comp.needs) v[uCol.get(n) ?? 0] = comp.demand(n) - (served.get(n) ?? 0);
    // firm incidences: min(firm's seats, sessions) per firm and slot
    for (const [k, ts] of tCols) {
      const y = v[yCol.get(k) ?? 0];
      const seats = new Map<string, number>();
      for (const e of xCols.get(k) ?? []) seats.set(firmOf(e.need), (seats.get(firmOf(e.need)) ?? 0) + v[e.col]);
      for (const [f, t] of ts) v[t] = Math.min(seats.get(f) ?? 0, y);
    }
    return v;
  };
  const decode = (v: Float64Array) => {
    const sessions: DraftSession[] = [];
    for (const k of comp.slots) {
      const o = offers[inst.slots[k].offer];
      const allocations = (xCols.get(k) ?? [])
        .map((e) => ({ need: e.need, seats: Math.round(v[e.col]) }))
        .filter((a) => a.seats > 0);
      const total = allocations.reduce((t, a) => t + a.seats, 0);
      if (total === 0) continue;
      const fits = (c: number) =>
        c * o.minSeats <= total &&
        c * o.maxSeats >= total &&
        (minMembers <= 1 || firmIncidences(allocations, firmOf, c) >= minMembers * c);
      let count = Math.round(v[yCol.get(k) ?? 0]);
      if (!fits(count)) {
        count = Math.ceil(total / o.maxSeats);
        while (count * o.minSeats <= total && !fits(count)) count++;
      }
      if (!fits(count)) return null;
      sessions.push(
        ...(minMembers > 1
          ? splitSlotAmongFirms(k, count, allocations, firmOf)
          : splitSlotIntoSessions(k, count, allocations)),
      );
    }
    return findDraftViolation(inst, sessions) === null ? sessions : null;
  };
  return finish(b, encode, decode);
}

function finish(b: Builder, encode: Built['encode'], decode: Built['decode']): Built {
  return {
    numCols: b.colCost.length,
    numRows: b.rowLower.length,
    colCost: b.colCost,
    colLower: b.colLower,
    colUpper: b.colUpper,
    integrality: b.integrality,
    rowLower: b.rowLower,
    rowUpper: b.rowUpper,
    colRows: b.colRows,
    colVals: b.colVals,
    encode,
    decode,
    nonzeros: b.nonzeros,
  };
}

export interface MilpOptions {
  timeLimitSeconds: number;
  /** relative gap at which HiGHS may stop (0 = prove optimality) */
  relativeGap: number;
  /** a feasible plan of the component to start from */
  start?: readonly DraftSession[];
  /** solve the LP relaxation only (for a bound) */
  relaxationOnly?: boolean;
  /** add x ≤ c·y rows: a tighter relaxation for a larger model */
  strengthen?: boolean;
  onImprovingSolution?: (objectiveCents: number, boundCents: number) => void;
  /** share of HiGHS's effort on primal heuristics (its default 0.05); more finds good plans sooner, proves later */
  heuristicEffort?: number;
  /** hard stop: HiGHS is interrupted once now() passes it, even if its own clock lags */
  deadline?: { at: number; now: () => number };
}

export interface MilpResult {
  /** best plan found, null if none (or if rounding failed) */
  sessions: DraftSession[] | null;
  objectiveCents: number;
  /** proven lower bound on the component's objective, in cents (−Infinity if none) */
  boundCents: number;
  status: string;
}

/** The sub-problem's model as HiGHS model data (sparse, column-wise), with the encoder and decoder of plans. */
function modelData(inst: PoolingInstance, comp: SubProblem, strengthen: boolean, relaxationOnly: boolean) {
  const built = buildAggregated(inst, comp, strengthen);
  const starts = new Int32Array(built.numCols + 1);
  const indices = new Int32Array(built.nonzeros);
  const values = new Float64Array(built.nonzeros);
  let p = 0;
  for (let j = 0; j < built.numCols; j++) {
    starts[j] = p;
    const rows = built.colRows[j];
    const vals = built.colVals[j];
    for (let i = 0; i < rows.length; i++) {
      indices[p] = rows[i];
      values[p] = vals[i];
      p++;
    }
  }
  starts[built.numCols] = p;
  const data = {
    numCols: built.numCols,
    numRows: built.numRows,
    colCost: built.colCost,
    colLower: built.colLower,
    colUpper: built.colUpper,
    rowLower: built.rowLower,
    rowUpper: built.rowUpper,
    matrix: { format: 'csc' as const, numRows: built.numRows, numCols: built.numCols, starts, indices, values },
    integrality: relaxationOnly ? undefined : (Int32Array.from(built.integrality) as Int32Array),
  };
  return { data, built };
}

/** The sub-problem's MILP in free MPS format (e.g. to hand the same model to another solver); objective in cents. */
export function exportModelMps(highs: Highs, inst: PoolingInstance, comp: SubProblem): Uint8Array {
  const model = highs.createModel(modelData(inst, comp, true, false).data);
  try {
    return model.exportModel('mps');
  } finally {
    model.dispose();
  }
}

/** Solves one component's MILP with HiGHS within the time limit; the bound it returns is proven (or −Infinity). */
export function solveComponentMilp(
  highs: Highs,
  inst: PoolingInstance,
  comp: SubProblem,
  opts: MilpOptions,
): MilpResult {
  const { data, built } = modelData(inst, comp, opts.strengthen ?? true, opts.relaxationOnly ?? false);
  const model = highs.createModel(data);
  try {
    // The time limit is kept by the callbacks below on the caller's clock (HiGHS's own limit, far
    // later, is only a safeguard), so an injected clock — e.g. CPU time in experiments — rules.
    const clock = opts.deadline?.now;
    const stopAt = clock
      ? Math.min(opts.deadline?.at ?? Infinity, clock() + Math.max(0.05, opts.timeLimitSeconds) * 1000)
      : Infinity;
    model.options.set({
      output_flag: false,
      time_limit: clock ? Math.max(0.05, opts.timeLimitSeconds) * 10 + 1 : Math.max(0.05, opts.timeLimitSeconds),
      mip_rel_gap: opts.relativeGap,
      // every cost is whole cents, so a gap below one cent proves optimality
      mip_abs_gap: 0.99,
      random_seed: 0,
      ...(opts.heuristicEffort !== undefined ? { mip_heuristic_effort: opts.heuristicEffort } : {}),
    });
    if (opts.start && !opts.relaxationOnly) model.setSolution({ colValue: built.encode(opts.start) });
    const stopIfLate = (e: { interrupt: () => void }) => {
      if (clock && clock() > stopAt) e.interrupt();
      return undefined;
    };
    const callbacks: HighsCallbackMap = {
      [highs.constants.callbackType.mipInterrupt]: stopIfLate,
      [highs.constants.callbackType.simplexInterrupt]: stopIfLate,
      [highs.constants.callbackType.mipImprovingSolution]: (e) => {
        opts.onImprovingSolution?.(
          e.data.objective_function_value ?? e.data.mip_primal_bound ?? Number.NaN,
          e.data.mip_dual_bound ?? -Infinity,
        );
        return undefined;
      },
    };
    const run = model.run(callbacks);
    const status = String(run.modelStatus);
    const statusName =
      Object.entries(highs.constants.modelStatus).find(([, v]) => v === run.modelStatus)?.[0] ?? status;
    if (opts.relaxationOnly) {
      const ok = run.modelStatus === highs.constants.modelStatus.optimal;
      return {
        sessions: null,
        objectiveCents: NaN,
        boundCents: ok ? model.getObjectiveValue() : -Infinity,
        status: statusName,
      };
    }
    const hasPrimal = Number(model.info.get('primal_solution_status')) === 2;
    const dual = Number(model.info.get('mip_dual_bound'));
    const boundCents = Number.isFinite(dual) ? dual : -Infinity;
    if (!hasPrimal) return { sessions: null, objectiveCents: Infinity, boundCents, status: statusName };
    const sessions = built.decode(model.getSolution().colValue);
    return { sessions, objectiveCents: model.getObjectiveValue(), boundCents, status: statusName };
  } finally {
    model.dispose();
  }
}

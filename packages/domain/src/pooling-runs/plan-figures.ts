// What a plan means for the mutual, in real money: what its sessions cost, how many seats they serve,
// and what that saves against the firms buying alone and against grouping by hand. The optimiser's
// objective adds a penalty for each unserved seat: a weight that steers the search, never money
// anyone pays, so it is kept apart (`technical`) and the figures above never include it.
import type { PlanJson } from './adjustments.ts';
import { PLAN_SOLVER_STEPS, type PlanSolverStep } from './plan-measures.ts';

export interface PlanSolverMethod {
  /** the problem was cut into independent groups, each solved on its own */
  byComponent: boolean;
  /** the steps that produced the kept solutions, in the engine's order; words it does not know are in `other` */
  steps: PlanSolverStep[];
  other: string[];
}

export interface PlanBaselineFigures {
  /** what grouping by hand (first come, first served) would cost in sessions, in cents */
  realCostCents: number;
  seatsServed: number;
  seatsUnserved: number;
  /** realCost / seatsServed, rounded to the cent; null when it serves no seat */
  costPerSeatServedCents: number | null;
  /** baseline real cost − plan real cost (negative: the plan spends more, see extraSeatsServed) */
  savingCents: number;
  /** plan seats served − baseline seats served */
  extraSeatsServed: number;
  /** (baseline cost per seat − plan cost per seat) / baseline cost per seat; null when either serves no seat */
  costPerSeatSavingRate: number | null;
}

export interface PlanFigures {
  /** what the plan's sessions cost, without any penalty, in cents */
  realCostCents: number;
  sessions: number;
  seatsRequested: number;
  seatsServed: number;
  seatsUnserved: number;
  /** realCost / seatsServed, rounded to the cent; null when no seat is served */
  costPerSeatServedCents: number | null;
  /** what the same served seats would cost if each firm bought private sessions alone, in cents */
  aloneCostCents: number;
  /** aloneCost − realCost: what the mutual saves by pooling */
  savingVsAloneCents: number;
  /** savingVsAlone / aloneCost; 0 when alone costs nothing */
  savingVsAloneRate: number;
  /** the naive baseline (grouping by hand) on the same problem; null for plans stored without it */
  baseline: PlanBaselineFigures | null;
  /** the optimiser's own measures: its objective is real cost + penalty × unserved seats, a score, not money */
  technical: {
    objective: number;
    /** the weight of one unserved seat in the objective; null when every seat is served */
    penaltyPerUnservedSeat: number | null;
    lowerBound: number;
    gap: number;
    optimal: boolean;
    /** the naive baseline's objective and the plan's relative improvement on it */
    baselineObjective: number | null;
    improvementOnObjective: number | null;
    method: PlanSolverMethod;
    milliseconds: number | null;
    components: number | null;
    componentsOptimal: number | null;
  };
}

const cents = (dollars: number) => Math.round(dollars * 100);
const perSeat = (costCents: number, seats: number) => (seats > 0 ? Math.round(costCents / seats) : null);

/** Reads the engine's method line: "milp" → one MILP; "by component: heuristic, milp" → per group, these steps. */
export function readSolverMethod(method: string | undefined): PlanSolverMethod {
  const text = (method ?? '').trim();
  const byComponent = text.startsWith('by component:');
  const words = (byComponent ? text.slice('by component:'.length) : text)
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w !== '' && w !== 'none');
  const known = (w: string): w is PlanSolverStep => (PLAN_SOLVER_STEPS as readonly string[]).includes(w);
  return { byComponent, steps: words.filter(known), other: words.filter((w) => !known(w)) };
}

/**
 * A plan's figures in real money (cents), taken from its sessions, unserved seats and members, never
 * from the objective: real cost is the sum of the sessions' costs, the saving against buying alone is
 * the members' standalone costs of the same served seats minus that, and the baseline is compared on
 * real cost and on cost per seat served (it may serve fewer seats).
 */
export function planFigures(plan: PlanJson): PlanFigures {
  const realCostCents = plan.sessions.reduce((t, s) => t + cents(s.cost), 0);
  const seatsServed = plan.sessions.reduce((t, s) => t + s.allocations.reduce((u, a) => u + a.seats, 0), 0);
  const seatsUnserved = plan.unserved.reduce((t, u) => t + u.seats, 0);
  const seatsRequested = seatsServed + seatsUnserved;
  const aloneCostCents = plan.members.reduce((t, m) => t + cents(m.standaloneCost), 0);
  const savingVsAloneCents = aloneCostCents - realCostCents;
  const costPerSeatServedCents = perSeat(realCostCents, seatsServed);

  let baseline: PlanBaselineFigures | null = null;
  if (plan.baseline) {
    const b = plan.baseline;
    const bCost = cents(b.cost);
    const bServed = Math.max(0, seatsRequested - b.seatsUnserved);
    const bPerSeat = perSeat(bCost, bServed);
    baseline = {
      realCostCents: bCost,
      seatsServed: bServed,
      seatsUnserved: b.seatsUnserved,
      costPerSeatServedCents: bPerSeat,
      savingCents: bCost - realCostCents,
      extraSeatsServed: seatsServed - bServed,
      costPerSeatSavingRate:
        bPerSeat !== null && bPerSeat > 0 && costPerSeatServedCents !== null
          ? (bPerSeat - costPerSeatServedCents) / bPerSeat
          : null,
    };
  }

  const solver = (plan.solver ?? {}) as {
    method?: string;
    milliseconds?: number;
    components?: number;
    componentsOptimal?: number;
  };
  const penalty = plan.totals?.penalty ?? 0;
  return {
    realCostCents,
    sessions: plan.sessions.length,
    seatsRequested,
    seatsServed,
    seatsUnserved,
    costPerSeatServedCents,
    aloneCostCents,
    savingVsAloneCents,
    savingVsAloneRate: aloneCostCents > 0 ? savingVsAloneCents / aloneCostCents : 0,
    baseline,
    technical: {
      objective: plan.totals?.objective ?? realCostCents / 100,
      penaltyPerUnservedSeat: seatsUnserved > 0 ? Math.round((penalty / seatsUnserved) * 100) / 100 : null,
      lowerBound: plan.bound.lowerBound,
      gap: plan.bound.gap,
      optimal: plan.bound.optimal,
      baselineObjective: plan.baseline?.objective ?? null,
      improvementOnObjective: plan.baseline?.improvement ?? null,
      method: readSolverMethod(solver.method),
      milliseconds: typeof solver.milliseconds === 'number' ? solver.milliseconds : null,
      components: typeof solver.components === 'number' ? solver.components : null,
      componentsOptimal: typeof solver.componentsOptimal === 'number' ? solver.componentsOptimal : null,
    },
  };
}

// The names of a plan's measures, shared with the contracts (no solver behind them).

/** The steps the engine reports in `solver.method` ("milp", or "by component: heuristic, milp"). */
export const PLAN_SOLVER_STEPS = ['milp', 'neighbourhood search', 'heuristic', 'baseline'] as const;
export type PlanSolverStep = (typeof PLAN_SOLVER_STEPS)[number];

/** The measures two plans are compared on: real figures first, the optimiser's objective (a score) last. */
export const PLAN_COMPARISON_KEYS = [
  'realCost',
  'seatsServed',
  'seatsUnserved',
  'costPerSeatServed',
  'aloneCost',
  'savingVsAlone',
  'objective',
] as const;
export type PlanComparisonKey = (typeof PLAN_COMPARISON_KEYS)[number];

/** What a compared measure counts: money (cents), seats, or the optimiser's score. */
export const PLAN_MEASURE_KINDS = ['money', 'seats', 'score'] as const;
export type PlanMeasureKind = (typeof PLAN_MEASURE_KINDS)[number];

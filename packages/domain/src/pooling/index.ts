// Public face of the pooling engine.
export * from './allocation.ts';
export { checkPlan } from './check-plan.ts';
export * from './generator.ts';
export type * from './plan.ts';
export {
  ALLOCATION_RULES,
  type AllocationRule,
  DEFAULT_POLICY,
  dollarsToCents,
  InvalidPoolingProblemError,
  type Member,
  MODES,
  type Mode,
  type Need,
  type Offer,
  type Policy,
  type PoolingProblem,
  type ProblemIssue,
  parsePoolingProblem,
} from './problem.ts';
export { planPooling, type SolvePoolingOptions, solvePooling } from './solve-pooling.ts';
export { standaloneCostCents } from './standalone.ts';

// Public face of the pooling engine.
export * from './allocation.ts';
export { checkPlan } from './check-plan.ts';
export * from './generator.ts';
export type * from './plan.ts';
export * from './problem.ts';
export { planPooling, type SolvePoolingOptions, solvePooling } from './solve-pooling.ts';
export { standaloneCostCents } from './standalone.ts';

// Around the pooling engine, for the app: pins and excludes, plan comparison, savings.
export * from './adjustments.ts';
export * from './compare.ts';
export * from './plan-figures.ts';
export * from './plan-measures.ts';
export type * from './problem-json.ts';
export * from './run-status.ts';
export { standaloneCostByNeedCents } from './standalone-by-need.ts';

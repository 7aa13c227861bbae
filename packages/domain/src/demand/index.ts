export * from './demand.ts';
export * from './pooling-problem.ts';

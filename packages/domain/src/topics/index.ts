export * from './starter-topics.ts';
export * from './topics.ts';

// Targeting: reach by size class, TEER, education, region and sector against the board's targets.
export * from './reach.ts';

// What training changed, as the app shows it: the cohort drawn from the registry, the effect
// estimates with "not enough data" below the minimum sample, retention curves, firms' productivity,
// evaluation levels and ROI, every cell suppressed below 5 people or 3 firms.
export * from './cohort.ts';
export * from './dashboard.ts';
export * from './employee-effects.ts';
export * from './estimate.ts';
export * from './evaluation-levels.ts';
export * from './firm-effects.ts';
export * from './research-export.ts';
export * from './roi.ts';

// What other areas (and the composition root) may use of the reports area.

// The demo seed records 1 % declarations (db/seed/seed-finance.ts).
export { declareOnePercent } from './declare-one-percent.ts';
export { registerReportRoutes } from './routes.ts';

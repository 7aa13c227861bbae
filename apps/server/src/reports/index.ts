// What other areas (and the composition root) may use of the reports area.
export { registerReportRoutes } from './routes.ts';

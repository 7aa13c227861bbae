// What other areas (and the composition root) may use of the dashboard area.
export { registerDashboardRoutes } from './routes.ts';

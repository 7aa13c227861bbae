// What other areas (and the composition root) may use of the targeting area.
export { registerTargetingRoutes } from './routes.ts';

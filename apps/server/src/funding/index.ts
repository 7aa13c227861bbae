// What other areas (and the composition root) may use of the funding area.
export { registerFundingRoutes } from './routes.ts';

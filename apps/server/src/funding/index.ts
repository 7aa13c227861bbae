// What other areas (and the composition root) may use of the funding area.
export { getBudget } from './get-budget.ts';
export { registerFundingRoutes } from './routes.ts';

// What other areas (and the composition root) may use of the demand area.
export { demandRepository } from './repository.ts';
export { registerDemandRoutes } from './routes.ts';

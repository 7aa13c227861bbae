// What other areas (and the composition root) may use of the mutuals area.
export { mutualRepository } from './repository.ts';
export { registerMutualRoutes } from './routes.ts';

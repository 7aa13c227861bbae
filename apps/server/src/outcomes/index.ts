// What other areas (and the composition root) may use of the outcomes area.
export { type FirmRef, outcomeRepository } from './repository.ts';
export { registerOutcomeRoutes } from './routes.ts';

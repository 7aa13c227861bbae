// What other areas (and the composition root) may use of the health area.
export { registerHealthRoutes } from './routes.ts';

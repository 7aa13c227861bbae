// What other areas (and the composition root) may use of the reference area.
export { registerReferenceRoutes } from './routes.ts';

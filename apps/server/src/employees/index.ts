// What other areas (and the composition root) may use of the employees area.
export { registerEmployeeRoutes } from './routes.ts';

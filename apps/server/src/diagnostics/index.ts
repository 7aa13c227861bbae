// What other areas (and the composition root) may use of the diagnostics area.
export { registerDiagnosticRoutes } from './routes.ts';

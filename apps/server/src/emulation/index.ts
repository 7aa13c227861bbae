// What other areas (and the composition root) may use of the emulation area.
export { registerEmulationRoutes } from './routes.ts';

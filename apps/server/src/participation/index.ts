// What other areas (and the composition root) may use of the participation area.
export { registerParticipationRoutes } from './routes.ts';

// What other areas (and the composition root) may use of the privacy area.
export { registerPrivacyRoutes } from './routes.ts';

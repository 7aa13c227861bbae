// What other areas (and the composition root) may use of the privacy area.
export { registerPrivacyRoutes } from './routes.ts';
export { platformOfficer, privacyOfficersOf } from './privacy-officer.ts';

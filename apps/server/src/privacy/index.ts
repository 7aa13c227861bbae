// What other areas (and the composition root) may use of the privacy area.

export { platformOfficer, privacyOfficersOf } from './privacy-officer.ts';
export { purgeDueData } from './purge-due-data.ts';
export { registerPrivacyRoutes } from './routes.ts';

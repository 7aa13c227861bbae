// What other areas (and the composition root) may use of the privacy area.

export { employeesRefusing, employeesRefusingInMutual } from './consents-in-force.ts';
export { platformOfficer, privacyOfficersOf } from './privacy-officer.ts';
export { purgeDueData } from './purge-due-data.ts';
export { registerPrivacyRoutes } from './routes.ts';

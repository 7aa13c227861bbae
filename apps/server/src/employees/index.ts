// What other areas (and the composition root) may use of the employees area.

export { logEmployeeAccess } from './log-employee-access.ts';
export { registerEmployeeRoutes } from './routes.ts';
export { visibleEmployee } from './visible-employee.ts';

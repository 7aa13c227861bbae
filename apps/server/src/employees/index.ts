// What other areas (and the composition root) may use of the employees area.
export { registerEmployeeRoutes } from './routes.ts';
export { logEmployeeAccess } from './log-employee-access.ts';
export { visibleEmployee } from './visible-employee.ts';

// What other areas (and the composition root) may use of the employees area.
export { employeeRepository } from './employee-repository.ts';
export { registerEmployeeRoutes } from './routes.ts';

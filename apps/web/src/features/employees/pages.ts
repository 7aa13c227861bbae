// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { EmployeeImportPage } from './employee-import-page.tsx';
export { EmployeePage } from './employee-page/index.tsx';
export { EmployeesPage } from './employees-page.tsx';

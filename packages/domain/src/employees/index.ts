// Employees of member firms: employments, import columns and row checks.
export * from './employee-row.ts';
export * from './employment.ts';
export * from './import-columns.ts';

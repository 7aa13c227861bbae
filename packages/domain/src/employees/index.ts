// Employees of member firms: import columns and row checks.
export * from './employee-row.ts';
export * from './import-columns.ts';

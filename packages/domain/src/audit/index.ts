export * from './audit-actions.ts';
export * from './change-lines.ts';

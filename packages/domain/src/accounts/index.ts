export * from './account-status.ts';
export * from './roles.ts';

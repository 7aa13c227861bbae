export * from './account-status.ts';
export * from './locale.ts';
export * from './roles.ts';

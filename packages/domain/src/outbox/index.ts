export * from './email-kinds.ts';
export * from './outbox-status.ts';

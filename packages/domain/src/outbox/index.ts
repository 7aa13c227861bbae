export * from './outbox-status.ts';
export * from './email-kinds.ts';

export * from './outbox-status.ts';

export * from './diagnostic-status.ts';

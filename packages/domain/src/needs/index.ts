export * from './need-status.ts';
export * from './need-import.ts';

export * from './need-import.ts';
export * from './need-status.ts';

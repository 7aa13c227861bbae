export * from './questionnaire-status.ts';
export * from './validity.ts';

// Outcome data: firms' yearly outcomes, their import, research consent and small-cell suppression.
export * from './consent.ts';
export * from './firm-year.ts';
export * from './outcome-import.ts';
export * from './suppression.ts';

// The mutual's money, pure: cents and rounding, the ledger and its posting rules, invoices and
// taxes, dues, funding programmes, the 1 % law, receivables, cessation.
export * from './chart-of-accounts.ts';
export * from './claims.ts';
export * from './dues.ts';
export * from './fiscal-year.ts';
export * from './funding.ts';
export * from './invoice.ts';
export * from './ledger.ts';
export * from './money.ts';
export * from './one-percent.ts';
export * from './postings.ts';
export * from './provider-bill.ts';
export * from './receivables.ts';
export * from './session-billing.ts';
export * from './statements.ts';
export * from './vocabulary.ts';

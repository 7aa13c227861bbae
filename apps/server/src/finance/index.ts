// What other areas (and the composition root) may use of the finance area.
export { cancellationPolicyOf, ensureBooks, fiscalYearAt, recognisedOn, salesTaxOf } from './books.ts';
export { trialBalanceOf } from './get-trial-balance.ts';
export { invoicePdfs } from './invoice-pdfs.ts';
export { issueInvoices } from './issue-documents.ts';
export { type SettingsRow, ledgerRepository } from './ledger-repository.ts';
export { assertOpenPeriod, postEntries } from './post-entries.ts';
export { registerBillingRoutes } from './billing-routes.ts';
export { registerFinanceRoutes } from './routes.ts';

// What other areas (and the composition root) may use of the finance area.

// The demo seed runs the money use cases inside its own transaction (db/seed/seed-finance.ts).
export { approveProviderBill } from './approve-provider-bill.ts';
export { registerBillingRoutes } from './billing-routes.ts';
export { cancellationPolicyOf, ensureBooks, fiscalYearAt, salesTaxOf } from './books.ts';
export { trialBalanceOf } from './get-trial-balance.ts';
export { invoiceDues } from './invoice-dues.ts';
export { invoicePdfs } from './invoice-pdfs.ts';
export { invoiceSession } from './invoice-session.ts';
export { invoiceSessions } from './invoice-sessions.ts';
export { issueInvoices } from './issue-documents.ts';
export { ledgerRepository, type SettingsRow } from './ledger-repository.ts';
// The governance scorecard reads the ledger's years (decision 36).
export { type LedgerYear, ledgerYearsOf } from './ledger-years.ts';
export { listBillableSessions } from './list-billable-sessions.ts';
export { listInvoices } from './list-invoices.ts';
export { payProviderBill } from './pay-provider-bill.ts';
export { postAdjustment } from './post-adjustment.ts';
export { assertOpenPeriod, postEntries } from './post-entries.ts';
export { recordPayment } from './record-payment.ts';
export { registerFinanceRoutes } from './routes.ts';
export { updateDuesSchedule } from './update-dues-schedule.ts';
export { updateFinanceSettings } from './update-finance-settings.ts';

// The pages of this area, loaded together as one chunk by app/routes.tsx when one of them is first opened.
export { BillsPage } from './bills-page.tsx';
export { DuesPage } from './dues-page.tsx';
export { InvoicePage } from './invoice-page.tsx';
export { InvoicingPage } from './invoicing-page.tsx';
export { LedgerPage } from './ledger-page/index.tsx';
export { MyInvoicesPage } from './my-invoices-page.tsx';
export { FinanceSettingsPage } from './settings-page.tsx';

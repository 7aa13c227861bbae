import { financeEndpoints as finance } from '@mutualis/contracts';
import { MEMBER_RECORD_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { approveProviderBill } from './approve-provider-bill.ts';
import { creditInvoice } from './credit-invoice.ts';
import { downloadInvoicePdf } from './download-invoice-pdf.ts';
import { downloadStatementPdf } from './download-statement-pdf.ts';
import { getAgeing } from './get-ageing.ts';
import { getDuesSchedule } from './get-dues-schedule.ts';
import { getInvoice } from './get-invoice.ts';
import { getProviderBill } from './get-provider-bill.ts';
import { getSeatCost } from './get-seat-cost.ts';
import { getStatementOfAccount } from './get-statement-of-account.ts';
import { invoiceDues } from './invoice-dues.ts';
import { invoiceSession } from './invoice-session.ts';
import { invoiceSessions } from './invoice-sessions.ts';
import { listBillableSessions } from './list-billable-sessions.ts';
import { listInvoices } from './list-invoices.ts';
import { listMargins } from './list-margins.ts';
import { listProviderBills } from './list-provider-bills.ts';
import { listSeatCosts } from './list-seat-costs.ts';
import { payProviderBill } from './pay-provider-bill.ts';
import { recordPayment } from './record-payment.ts';
import { sendInvoice } from './send-invoice.ts';
import { sendReminders } from './send-reminders.ts';
import { updateDuesSchedule } from './update-dues-schedule.ts';
import { updateProviderBill } from './update-provider-bill.ts';

const COORDINATOR = ['coordinator'] as const;

/** Billing: coordinators invoice, credit, take payments and pay providers; member contacts see their own firm's invoices, statement and seat costs. */
export function registerBillingRoutes(app: App, deps: Deps) {
  serve(app, finance.duesSchedule, COORDINATOR, (_, caller) => getDuesSchedule(deps, caller));
  serve(app, finance.updateDuesSchedule, COORDINATOR, ({ body }, caller) => updateDuesSchedule(deps, caller, body));
  serve(app, finance.invoiceDues, COORDINATOR, ({ body }, caller) => invoiceDues(deps, caller, body));
  serve(app, finance.billableSessions, COORDINATOR, ({ query }, caller) => listBillableSessions(deps, caller, query));
  serve(app, finance.invoiceSessions, COORDINATOR, ({ body }, caller) => invoiceSessions(deps, caller, body));
  serve(app, finance.invoiceSession, COORDINATOR, ({ params, body }, caller) =>
    invoiceSession(deps, caller, { sessionId: params.sessionId, ...body }),
  );
  serve(app, finance.seatCost, MEMBER_RECORD_ROLES, ({ params, query }, caller) =>
    getSeatCost(deps, caller, { sessionId: params.sessionId, ...query }),
  );
  serve(app, finance.seatCosts, MEMBER_RECORD_ROLES, ({ query }, caller) => listSeatCosts(deps, caller, query));
  serve(app, finance.invoices, MEMBER_RECORD_ROLES, ({ query }, caller) => listInvoices(deps, caller, query));
  serve(app, finance.invoice, MEMBER_RECORD_ROLES, ({ params }, caller) => getInvoice(deps, caller, params));
  serve(app, finance.invoicePdf, MEMBER_RECORD_ROLES, ({ params, query }, caller) =>
    downloadInvoicePdf(deps, caller, { ...params, ...query }),
  );
  serve(app, finance.creditInvoice, COORDINATOR, ({ params, body }, caller) =>
    creditInvoice(deps, caller, { invoiceId: params.invoiceId, ...body }),
  );
  serve(app, finance.recordPayment, COORDINATOR, ({ params, body }, caller) =>
    recordPayment(deps, caller, { invoiceId: params.invoiceId, ...body }),
  );
  serve(app, finance.sendInvoice, COORDINATOR, ({ params }, caller) => sendInvoice(deps, caller, params));
  serve(app, finance.sendReminders, COORDINATOR, (_, caller) => sendReminders(deps, caller));
  serve(app, finance.ageing, COORDINATOR, ({ query }, caller) => getAgeing(deps, caller, query));
  serve(app, finance.statement, MEMBER_RECORD_ROLES, ({ params, query }, caller) =>
    getStatementOfAccount(deps, caller, { memberId: params.memberId, ...query }),
  );
  serve(app, finance.statementPdf, MEMBER_RECORD_ROLES, ({ params, query }, caller) =>
    downloadStatementPdf(deps, caller, { memberId: params.memberId, ...query }),
  );
  serve(app, finance.providerBills, COORDINATOR, ({ query }, caller) => listProviderBills(deps, caller, query));
  serve(app, finance.providerBill, COORDINATOR, ({ params }, caller) => getProviderBill(deps, caller, params));
  serve(app, finance.updateProviderBill, COORDINATOR, ({ params, body }, caller) =>
    updateProviderBill(deps, caller, { billId: params.billId, changes: body }),
  );
  serve(app, finance.approveProviderBill, COORDINATOR, ({ params, body }, caller) =>
    approveProviderBill(deps, caller, { billId: params.billId, ...body }),
  );
  serve(app, finance.payProviderBill, COORDINATOR, ({ params, body }, caller) =>
    payProviderBill(deps, caller, { billId: params.billId, ...body }),
  );
  serve(app, finance.margins, COORDINATOR, ({ query }, caller) => listMargins(deps, caller, query));
}

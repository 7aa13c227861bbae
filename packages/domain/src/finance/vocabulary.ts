// The money area's words: kinds, statuses and the predicates on them. Contracts build their enums
// from these tuples; the server and the web app import them; nobody restates them.
import { DELIVERED_STATES, OPEN_FOR_ENROLMENT, type SessionState } from '../delivery/lifecycle.ts';

/** An invoice or the credit note that cancels (part of) one. */
export const INVOICE_KINDS = ['invoice', 'credit_note'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

/** How a member paid: the mutual takes no card itself, a card payment is taken elsewhere and recorded. */
export const PAYMENT_METHODS = ['cheque', 'transfer', 'card', 'cash', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** When a session's members are invoiced: once it is delivered (the real enrolments), or as soon as it is confirmed. */
export const INVOICE_TIMINGS = ['delivered', 'confirmed'] as const;
export type InvoiceTiming = (typeof INVOICE_TIMINGS)[number];

/** Session states from which a session may be invoiced under each timing. */
export const INVOICEABLE_SESSION_STATES: Record<InvoiceTiming, readonly SessionState[]> = {
  delivered: DELIVERED_STATES,
  confirmed: ['confirmed', 'scheduled', 'in_delivery', ...DELIVERED_STATES],
};

/** True when a session in this state may be invoiced under the mutual's timing. */
export const sessionIsInvoiceable = (state: string, timing: InvoiceTiming): boolean =>
  (INVOICEABLE_SESSION_STATES[timing] as readonly string[]).includes(state);

/** Session states in which a firm may still enrol participants (and see what a seat would cost). */
export const SEAT_COST_SESSION_STATES = OPEN_FOR_ENROLMENT;

/** A provider's bill: received from the accepted quote (amounts may still be corrected), approved (posted), paid. */
export const PROVIDER_BILL_STATUSES = ['received', 'approved', 'paid'] as const;
export type ProviderBillStatus = (typeof PROVIDER_BILL_STATUSES)[number];

/** True while a bill's amounts may still be corrected (before it is approved and posted). */
export const billMayChange = (status: ProviderBillStatus): boolean => status === 'received';

/** A funder claim: gathered (draft), sent (submitted), then settled in full (paid) or with refusals (partly_refused). */
export const CLAIM_STATUSES = ['draft', 'submitted', 'paid', 'partly_refused'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** True while a claim's subsidies may still be added or removed. */
export const claimMayChange = (status: ClaimStatus): boolean => status === 'draft';

/** True when a funder's payment may be recorded against the claim. */
export const claimTakesPayments = (status: ClaimStatus): boolean => status === 'submitted';

/** Who funds a mutual. */
export const FUNDER_KINDS = ['government', 'sector_committee', 'foundation', 'other'] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];

/** The annual report's state: being completed, or sent to the ministry. */
export const ANNUAL_REPORT_STATUSES = ['in_progress', 'submitted'] as const;
export type AnnualReportStatus = (typeof ANNUAL_REPORT_STATUSES)[number];

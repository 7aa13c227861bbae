// The posting rules: each business event becomes one balanced journal entry, posted in the same
// transaction as the event. Member money (dues, shares, fees) and public money (grants) go to
// separate revenue accounts, so that the annual report can say who paid what.
import type { AccountRole } from './chart-of-accounts.ts';
import type { InvoiceItemKind, InvoiceTotals } from './invoice.ts';
import { credit, debit, type EntryLine, type JournalEntry, normalizeEntry } from './ledger.ts';

/** The revenue account of each invoice item kind. */
export const REVENUE_ACCOUNT: Record<InvoiceItemKind, AccountRole> = {
  dues: 'dues_revenue',
  session_share: 'session_fees_revenue',
  late_cancellation_fee: 'fees_revenue',
  no_show_fee: 'fees_revenue',
  one_percent_remittance: 'one_percent_remittances',
  other: 'fees_revenue',
};

/**
 * An invoice (or, with negative lines, a credit note): the member owes the total, funders owe the
 * subsidies; net revenue by kind, grant revenue by funder, taxes payable.
 */
export function invoiceEntry(args: {
  on: string;
  invoiceId: string;
  number: string;
  memberId: string;
  totals: InvoiceTotals;
  kind?: 'invoice' | 'credit_note';
}): JournalEntry {
  const { totals, memberId } = args;
  const lines: EntryLine[] = [debit('members_receivable', totals.totalCents, { memberId })];
  for (const line of totals.lines) {
    lines.push(credit(REVENUE_ACCOUNT[line.kind], line.netCents, { memberId, sessionId: line.sessionId ?? null }));
    for (const s of line.subsidies ?? []) {
      lines.push(
        debit('grants_receivable', s.cents, { funderId: s.funderId, memberId, sessionId: line.sessionId ?? null }),
      );
      lines.push(
        credit('grant_revenue', s.cents, { funderId: s.funderId, memberId, sessionId: line.sessionId ?? null }),
      );
    }
  }
  lines.push(credit('gst_payable', totals.gstCents), credit('qst_payable', totals.qstCents));
  const kind = args.kind ?? 'invoice';
  return normalizeEntry({
    on: args.on,
    voucher: { kind, id: args.invoiceId, number: args.number },
    description: `${kind === 'invoice' ? 'Invoice' : 'Credit note'} ${args.number}`,
    lines,
  });
}

/** A member's payment received in the mutual's bank account. */
export function paymentEntry(args: {
  on: string;
  paymentId: string;
  memberId: string;
  cents: number;
  invoiceNumber: string;
}): JournalEntry {
  return normalizeEntry({
    on: args.on,
    voucher: { kind: 'payment', id: args.paymentId },
    description: `Payment of invoice ${args.invoiceNumber}`,
    lines: [debit('bank', args.cents), credit('members_receivable', args.cents, { memberId: args.memberId })],
  });
}

/** A provider's bill for a delivered session: trainer costs (and recoverable taxes) owed to the provider. */
export function providerBillEntry(args: {
  on: string;
  billId: string;
  sessionId: string;
  costCents: number;
  recoverableTaxCents: number;
  number: string;
}): JournalEntry {
  return normalizeEntry({
    on: args.on,
    voucher: { kind: 'provider_bill', id: args.billId, number: args.number },
    description: `Provider bill ${args.number}`,
    lines: [
      debit('trainer_costs', args.costCents, { sessionId: args.sessionId }),
      debit('sales_tax_recoverable', args.recoverableTaxCents),
      credit('payables', args.costCents + args.recoverableTaxCents, { sessionId: args.sessionId }),
    ],
  });
}

/** A provider's bill paid from the bank account. */
export function billPaymentEntry(args: {
  on: string;
  billId: string;
  sessionId: string;
  cents: number;
  number: string;
}): JournalEntry {
  return normalizeEntry({
    on: args.on,
    voucher: { kind: 'bill_payment', id: args.billId, number: args.number },
    description: `Payment of provider bill ${args.number}`,
    lines: [debit('payables', args.cents, { sessionId: args.sessionId }), credit('bank', args.cents)],
  });
}

/**
 * A funder's payment against a claim: what was received goes to the bank; what the funder refused
 * of the claim is written off (the subsidy was already taken off members' invoices).
 */
export function grantPaymentEntry(args: {
  on: string;
  paymentId: string;
  funderId: string;
  receivedCents: number;
  refusedCents: number;
  claimNumber: string;
}): JournalEntry {
  return normalizeEntry({
    on: args.on,
    voucher: { kind: 'grant_payment', id: args.paymentId, number: args.claimNumber },
    description: `Funder payment of claim ${args.claimNumber}`,
    lines: [
      debit('bank', args.receivedCents),
      debit('bad_debts', args.refusedCents, { funderId: args.funderId }),
      credit('grants_receivable', args.receivedCents + args.refusedCents, { funderId: args.funderId }),
    ],
  });
}

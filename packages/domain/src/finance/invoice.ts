// A member invoice's lines and totals. Subsidies are shown on each line and taken off before
// taxes; GST and QST are computed once on the invoice's taxable net subtotal (QST on the price
// without GST, as in Quebec since 2013), each rounded half away from zero to the cent.
import { type Ppm, rateOf, sumCents } from './money.ts';

/** What a member can be invoiced for. */
export const INVOICE_ITEM_KINDS = [
  'dues',
  'session_share',
  'late_cancellation_fee',
  'no_show_fee',
  'one_percent_remittance',
  'other',
] as const;
export type InvoiceItemKind = (typeof INVOICE_ITEM_KINDS)[number];

/** Invoice and credit-note states: a draft is never numbered; an issued invoice is paid, partly paid or credited. */
/** The item kinds a session puts on an invoice (re-invoicing a session compares these lines only). */
export const SESSION_ITEM_KINDS = [
  'session_share',
  'late_cancellation_fee',
  'no_show_fee',
] as const satisfies readonly InvoiceItemKind[];

export const INVOICE_STATUSES = ['issued', 'partly_paid', 'paid', 'credited'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** True when an invoice in this status may still receive a payment. */
export const invoiceTakesPayments = (status: InvoiceStatus): boolean => status === 'issued' || status === 'partly_paid';

export interface SalesTaxSettings {
  gstPpm: Ppm;
  qstPpm: Ppm;
  /** Item kinds on which the taxes apply; others are exempt. */
  taxableKinds: readonly InvoiceItemKind[];
}

/** GST 5 %, QST 9.975 %; by default session shares and fees are taxable, dues and 1 % remittances are not. */
export const DEFAULT_SALES_TAX: SalesTaxSettings = {
  gstPpm: 50_000,
  qstPpm: 99_750,
  taxableKinds: ['session_share', 'late_cancellation_fee', 'no_show_fee', 'other'],
};

export interface InvoiceLineInput {
  kind: InvoiceItemKind;
  description: string;
  /** Before subsidies; negative on a credit note. */
  grossCents: number;
  /** Taken off the line by funding programmes (one entry per programme). */
  subsidies?: readonly { programmeId: string; funderId: string; cents: number }[];
  sessionId?: string | null;
}

export interface InvoiceLine extends InvoiceLineInput {
  subsidyCents: number;
  netCents: number;
  taxable: boolean;
}

export interface InvoiceTotals {
  lines: InvoiceLine[];
  grossCents: number;
  subsidyCents: number;
  netCents: number;
  taxableCents: number;
  gstCents: number;
  qstCents: number;
  totalCents: number;
}

/** The invoice's lines and totals: total = net + GST + QST, net = gross − subsidies, to the cent. */
export function invoiceTotals(
  inputs: readonly InvoiceLineInput[],
  taxes: SalesTaxSettings = DEFAULT_SALES_TAX,
): InvoiceTotals {
  const lines = inputs.map((l) => {
    const subsidyCents = sumCents((l.subsidies ?? []).map((s) => s.cents));
    return { ...l, subsidyCents, netCents: l.grossCents - subsidyCents, taxable: taxes.taxableKinds.includes(l.kind) };
  });
  const taxableCents = sumCents(lines.filter((l) => l.taxable).map((l) => l.netCents));
  const gstCents = rateOf(taxableCents, taxes.gstPpm);
  const qstCents = rateOf(taxableCents, taxes.qstPpm);
  const netCents = sumCents(lines.map((l) => l.netCents));
  return {
    lines,
    grossCents: sumCents(lines.map((l) => l.grossCents)),
    subsidyCents: sumCents(lines.map((l) => l.subsidyCents)),
    netCents,
    taxableCents,
    gstCents,
    qstCents,
    totalCents: netCents + gstCents + qstCents,
  };
}

/** The lines of the credit note that cancels these lines exactly (subsidies included). */
export function creditLinesOf(lines: readonly InvoiceLineInput[]): InvoiceLineInput[] {
  return lines.map((l) => ({
    ...l,
    grossCents: -l.grossCents,
    subsidies: (l.subsidies ?? []).map((s) => ({ ...s, cents: -s.cents })),
  }));
}

/** What is still owed on an invoice after its payments and credit notes. */
export const amountDue = (totalCents: number, paidCents: number, creditedCents: number): number =>
  totalCents - paidCents - creditedCents;

/** The status of an issued invoice given what was paid and credited on it. */
export function invoiceStatusOf(totalCents: number, paidCents: number, creditedCents: number): InvoiceStatus {
  if (creditedCents >= totalCents && totalCents > 0) return 'credited';
  const due = amountDue(totalCents, paidCents, creditedCents);
  if (due <= 0) return 'paid';
  return paidCents > 0 ? 'partly_paid' : 'issued';
}

/** Why a payment cannot be recorded (a message code of the server's catalogue). */
export type PaymentProblem = 'invoice_takes_no_payment' | 'positive_cents' | 'more_than_due';

/** Why a payment of `cents` cannot be recorded on an invoice, or null. */
export function paymentProblem(
  status: InvoiceStatus,
  dueCents: number,
  cents: number,
): { field: 'amountCents' | 'invoiceId'; code: PaymentProblem; params?: { dueCents: number } } | null {
  if (!invoiceTakesPayments(status)) return { field: 'invoiceId', code: 'invoice_takes_no_payment' };
  if (!Number.isSafeInteger(cents) || cents <= 0) return { field: 'amountCents', code: 'positive_cents' };
  if (cents > dueCents) return { field: 'amountCents', code: 'more_than_due', params: { dueCents } };
  return null;
}

/**
 * A credit note's totals for some of an invoice's lines: those lines reversed (their subsidies
 * too), and taxes that leave on the invoice exactly the taxes of the lines that stay. Crediting
 * an invoice's lines in any number of credit notes therefore returns every cent of its taxes, and
 * a credit note of all of them is the exact opposite of the invoice.
 */
export function creditNoteTotals(
  credited: readonly InvoiceLineInput[],
  staying: readonly InvoiceLineInput[],
  remainingTaxes: { gstCents: number; qstCents: number },
  taxes: SalesTaxSettings = DEFAULT_SALES_TAX,
): InvoiceTotals {
  const base = invoiceTotals(creditLinesOf(credited), taxes);
  const stay = invoiceTotals(staying, taxes);
  const gstCents = (staying.length === 0 ? 0 : stay.gstCents) - remainingTaxes.gstCents;
  const qstCents = (staying.length === 0 ? 0 : stay.qstCents) - remainingTaxes.qstCents;
  return { ...base, gstCents, qstCents, totalCents: base.netCents + gstCents + qstCents };
}

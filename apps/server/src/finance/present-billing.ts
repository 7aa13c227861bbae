// Invoice, payment and bill rows → API answers.
import type { Invoice, InvoiceSummary, ProviderBill } from '@mutualis/contracts';
import { amountDue } from '@mutualis/domain/finance/invoice';
import type { Db } from '../db/client.ts';
import type { BillRow } from './bill-repository.ts';
import { billingRepository, type InvoiceRow } from './billing-repository.ts';

export function presentInvoiceSummary(r: InvoiceRow, today: string): InvoiceSummary {
  const total = Number(r.total_cents);
  const due = r.kind === 'invoice' ? amountDue(total, Number(r.paid_cents), Number(r.credited_cents)) : 0;
  return {
    id: r.id,
    kind: r.kind,
    number: r.number,
    memberId: r.member_id,
    memberName: r.member_name,
    issuedOn: r.issued_on,
    dueOn: r.due_on,
    status: r.status,
    creditsInvoiceId: r.credits_invoice_id,
    grossCents: Number(r.gross_cents),
    subsidyCents: Number(r.subsidy_cents),
    netCents: Number(r.net_cents),
    gstCents: Number(r.gst_cents),
    qstCents: Number(r.qst_cents),
    totalCents: total,
    paidCents: Number(r.paid_cents),
    creditedCents: Number(r.credited_cents),
    dueCents: due,
    overdue: r.kind === 'invoice' && due > 0 && r.due_on !== null && r.due_on < today,
  };
}

/** Full invoices with their lines, subsidies, payments and credit notes (a few queries for any number). */
export async function presentInvoices(db: Db, rows: InvoiceRow[], today: string): Promise<Invoice[]> {
  const repo = billingRepository(db);
  const ids = rows.map((r) => r.id);
  const [lines, subsidies, payments, credits, credited] = await Promise.all([
    repo.linesOf(ids),
    repo.subsidiesOf(ids),
    repo.paymentsOf(ids),
    repo.creditNotesOf(ids),
    repo.findMany(
      rows[0]?.mutual_id ?? '',
      rows.map((r) => r.credits_invoice_id).filter((x): x is string => x !== null),
    ),
  ]);
  const numberOf = new Map(credited.map((c) => [c.id, c.number]));
  return rows.map((r) => ({
    ...presentInvoiceSummary(r, today),
    creditsInvoiceNumber: r.credits_invoice_id ? (numberOf.get(r.credits_invoice_id) ?? null) : null,
    reason: r.reason,
    language: r.language,
    taxableCents: Number(r.taxable_cents),
    gstNumber: r.gst_number,
    qstNumber: r.qst_number,
    gstPpm: r.gst_ppm,
    qstPpm: r.qst_ppm,
    lines: lines
      .filter((l) => l.invoice_id === r.id)
      .map((l) => ({
        id: l.id,
        kind: l.kind,
        descriptionFr: l.description_fr,
        descriptionEn: l.description_en,
        sessionId: l.session_id,
        quantity: l.quantity,
        grossCents: Number(l.gross_cents),
        subsidyCents: Number(l.subsidy_cents),
        netCents: Number(l.net_cents),
        taxable: l.taxable,
        subsidies: subsidies
          .filter((s) => s.invoice_line_id === l.id)
          .map((s) => ({
            programmeId: s.programme_id,
            programmeName: s.programme_name,
            funderName: s.funder_name,
            cents: Number(s.cents),
            eligibleCents: Number(s.eligible_cents),
            limits: s.limits,
          })),
      })),
    payments: payments
      .filter((p) => p.invoice_id === r.id)
      .map((p) => ({
        id: p.id,
        invoiceId: p.invoice_id,
        receivedOn: p.received_on,
        amountCents: Number(p.amount_cents),
        method: p.method,
        reference: p.reference,
      })),
    creditNotes: credits
      .filter((c) => c.credits_invoice_id === r.id)
      .map((c) => ({ id: c.id, number: c.number, issuedOn: c.issued_on, totalCents: Number(c.total_cents) })),
    remindersSent: r.reminders_sent,
    lastReminderOn: r.last_reminder_on,
    entryId: r.entry_id,
  }));
}

export function presentBill(b: BillRow): ProviderBill {
  return {
    id: b.id,
    number: b.number,
    sessionId: b.session_id,
    sessionTitleFr: b.title_fr,
    sessionTitleEn: b.title_en,
    providerId: b.provider_id,
    providerName: b.provider_name,
    providerReference: b.provider_reference,
    billedOn: b.billed_on,
    fixedCents: Number(b.fixed_cents),
    seatCents: Number(b.seat_cents),
    seats: b.seats,
    costCents: Number(b.cost_cents),
    gstCents: Number(b.gst_cents),
    qstCents: Number(b.qst_cents),
    totalCents: Number(b.total_cents),
    taxable: b.taxable,
    status: b.status,
    approvedOn: b.approved_on,
    paidOn: b.paid_on,
    paymentReference: b.payment_reference,
  };
}

// Issuing invoices and credit notes: the one step every billing use case calls in its
// transaction. Totals come from the domain (subsidies off each line, taxes on the taxable net),
// numbers from the gapless series, the journal entry from the posting rules; the document, its
// lines and its subsidies are stored with the entry's id, and the firm's contacts are e-mailed
// through the outbox in the same transaction.
import { randomUUID } from 'node:crypto';
import { webPaths } from '@mutualis/contracts/web-paths';
import { addDays } from '@mutualis/domain/dates';
import {
  creditNoteTotals,
  type InvoiceItemKind,
  type InvoiceLineInput,
  type InvoiceTotals,
  invoiceStatusOf,
  invoiceTotals,
  type SalesTaxSettings,
} from '@mutualis/domain/finance/invoice';
import { invoiceEntry } from '@mutualis/domain/finance/postings';
import type { Insertable } from 'kysely';
import type { Db } from '../db/client.ts';
import type { InvoiceLineTable, InvoiceSubsidyTable, InvoiceTable } from '../db/tables.ts';
import { type LinkConfig, webUrl } from '../links.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { billingRepository, type InvoiceLineRow } from './billing-repository.ts';
import { salesTaxOf } from './books.ts';
import { documentEmail } from './invoice-emails.ts';
import type { SettingsRow } from './ledger-repository.ts';
import { ledgerRepository } from './ledger-repository.ts';
import { postEntries } from './post-entries.ts';
import type { GrantedSubsidy } from './subsidies.ts';

export interface LineToIssue {
  kind: InvoiceItemKind;
  descriptionFr: string;
  descriptionEn: string;
  sessionId?: string | null;
  quantity?: number | null;
  duesYearStart?: string | null;
  remittanceYear?: number | null;
  grossCents: number;
  subsidies?: GrantedSubsidy[];
}

export interface InvoiceToIssue {
  memberId: string;
  lines: LineToIssue[];
}

/** The formatted number of a document: F-000123 for invoices, NC-000045 for credit notes. */
export const documentNumber = (kind: 'invoice' | 'credit_note', sequence: number) =>
  `${kind === 'invoice' ? 'F' : 'NC'}-${String(sequence).padStart(6, '0')}`;

interface Context {
  mutualId: string;
  settings: SettingsRow;
  issuedOn: string;
  createdBy: string | null;
  now: Date;
  /** Where the links of the e-mails point (the configuration's public address). */
  links: LinkConfig;
  email: boolean;
}

interface Prepared {
  id: string;
  memberId: string;
  kind: 'invoice' | 'credit_note';
  creditsInvoiceId: string | null;
  reason: string | null;
  /** The rates the document is taxed at, printed on it for good. */
  rates: { gstPpm: number; qstPpm: number };
  totals: InvoiceTotals;
  lines: (LineToIssue & {
    id: string;
    creditsLineId: string | null;
    taxable: boolean;
    subsidyCents: number;
    netCents: number;
  })[];
}

const domainLine = (l: LineToIssue): InvoiceLineInput => ({
  kind: l.kind,
  description: l.descriptionFr,
  grossCents: l.grossCents,
  sessionId: l.sessionId ?? null,
  subsidies: (l.subsidies ?? []).map((s) => ({ programmeId: s.programmeId, funderId: s.funderId, cents: s.cents })),
});

async function store(db: Db, ctx: Context, docs: Prepared[]): Promise<void> {
  if (docs.length === 0) return;
  const repo = billingRepository(db);
  const ledger = ledgerRepository(db);
  const members = await repo.members(ctx.mutualId, [...new Set(docs.map((d) => d.memberId))]);
  const invoicesCount = docs.filter((d) => d.kind === 'invoice').length;
  const creditsCount = docs.length - invoicesCount;
  let nextInvoice = invoicesCount ? await ledger.takeNumbers(ctx.mutualId, 'invoice', invoicesCount) : 0;
  let nextCredit = creditsCount ? await ledger.takeNumbers(ctx.mutualId, 'credit_note', creditsCount) : 0;
  const numbered = docs.map((d) => {
    const sequence = d.kind === 'invoice' ? nextInvoice++ : nextCredit++;
    return { ...d, sequence, number: documentNumber(d.kind, sequence) };
  });
  const entryIds = await postEntries(
    db,
    ctx.mutualId,
    numbered.map((d) =>
      invoiceEntry({
        on: ctx.issuedOn,
        invoiceId: d.id,
        number: d.number,
        memberId: d.memberId,
        totals: d.totals,
        kind: d.kind,
      }),
    ),
    ctx.createdBy,
  );
  const dueOn = addDays(ctx.issuedOn, ctx.settings.payment_terms_days);
  const invoiceRows: Insertable<InvoiceTable>[] = numbered.map((d, i) => {
    const m = members.get(d.memberId);
    if (!m) throw new Error(`member ${d.memberId} is not in the mutual`);
    return {
      id: d.id,
      mutual_id: ctx.mutualId,
      member_id: d.memberId,
      kind: d.kind,
      sequence: d.sequence,
      number: d.number,
      issued_on: ctx.issuedOn,
      due_on: d.kind === 'invoice' ? dueOn : null,
      status: d.kind === 'invoice' ? (d.totals.totalCents > 0 ? 'issued' : 'paid') : 'paid',
      credits_invoice_id: d.creditsInvoiceId,
      reason: d.reason,
      language: m.language,
      member_name: m.name,
      member_address: m.address,
      gst_number: ctx.settings.gst_number,
      qst_number: ctx.settings.qst_number,
      gst_ppm: d.rates.gstPpm,
      qst_ppm: d.rates.qstPpm,
      gross_cents: d.totals.grossCents,
      subsidy_cents: d.totals.subsidyCents,
      net_cents: d.totals.netCents,
      taxable_cents: d.totals.taxableCents,
      gst_cents: d.totals.gstCents,
      qst_cents: d.totals.qstCents,
      total_cents: d.totals.totalCents,
      entry_id: entryIds[i],
      created_by: ctx.createdBy,
    };
  });
  await repo.insertInvoices(invoiceRows);
  const lineRows: Insertable<InvoiceLineTable>[] = [];
  const subsidyRows: Insertable<InvoiceSubsidyTable>[] = [];
  for (const d of numbered) {
    d.lines.forEach((l, position) => {
      lineRows.push({
        id: l.id,
        invoice_id: d.id,
        mutual_id: ctx.mutualId,
        member_id: d.memberId,
        position,
        kind: l.kind,
        description_fr: l.descriptionFr,
        description_en: l.descriptionEn,
        session_id: l.sessionId ?? null,
        quantity: l.quantity ?? null,
        dues_year_start: l.duesYearStart ?? null,
        remittance_year: l.remittanceYear ?? null,
        gross_cents: l.grossCents,
        subsidy_cents: l.subsidyCents,
        net_cents: l.netCents,
        taxable: l.taxable,
        credits_line_id: l.creditsLineId,
      });
      for (const s of l.subsidies ?? []) {
        subsidyRows.push({
          mutual_id: ctx.mutualId,
          invoice_id: d.id,
          invoice_line_id: l.id,
          member_id: d.memberId,
          session_id: l.sessionId ?? null,
          programme_id: s.programmeId,
          funder_id: s.funderId,
          granted_on: ctx.issuedOn,
          eligible_cents: s.eligibleCents,
          cents: s.cents,
          limits: s.limits,
        });
      }
    });
  }
  await repo.insertLines(lineRows);
  await repo.insertSubsidies(subsidyRows);
  if (ctx.email)
    await emailDocuments(
      db,
      ctx,
      numbered.map((d, i) => ({
        id: d.id,
        kind: d.kind,
        number: d.number,
        memberId: d.memberId,
        totalCents: d.totals.totalCents,
        dueOn: invoiceRows[i].due_on ?? null,
      })),
    );
}

/** E-mails documents to their firms' contacts through the outbox and marks them sent. */
export async function emailDocuments(
  db: Db,
  ctx: Pick<Context, 'mutualId' | 'now' | 'links'>,
  docs: {
    id: string;
    kind: 'invoice' | 'credit_note';
    number: string;
    memberId: string;
    totalCents: number;
    dueOn: string | null;
  }[],
) {
  const repo = billingRepository(db);
  const recipients = await repo.recipients(ctx.mutualId, [...new Set(docs.map((d) => d.memberId))]);
  const members = await repo.members(ctx.mutualId, [...new Set(docs.map((d) => d.memberId))]);
  const mutualName = await repo.mutualName(ctx.mutualId);
  for (const d of docs) {
    const to = recipients.get(d.memberId) ?? [];
    for (const r of to) {
      const email = documentEmail({
        lang: r.locale,
        mutualName,
        memberName: members.get(d.memberId)?.name ?? '',
        kind: d.kind,
        number: d.number,
        totalCents: d.totalCents,
        dueCents: d.totalCents,
        dueOn: d.dueOn,
        link: webUrl(ctx.links, webPaths.myInvoice(d.id)),
      });
      await enqueueEmail(
        db,
        {
          mutualId: ctx.mutualId,
          kind: d.kind === 'invoice' ? 'invoice' : 'credit_note',
          to: r.email,
          locale: r.locale,
          email,
        },
        ctx.now,
      );
    }
    if (to.length) await repo.update(ctx.mutualId, d.id, { sent_at: ctx.now.toISOString() });
  }
}

/**
 * Issues invoices (lines with their subsidies); returns their ids in order. Lines of zero are left
 * out (a free dues tier bills nothing) and invoices left without lines are skipped: a document of
 * zero would post an empty journal entry.
 */
export async function issueInvoices(db: Db, ctx: Context, invoices: readonly InvoiceToIssue[]): Promise<string[]> {
  const taxes = salesTaxOf(ctx.settings);
  const docs: Prepared[] = invoices
    .map((inv) => ({ ...inv, lines: inv.lines.filter((l) => l.grossCents !== 0) }))
    .filter((inv) => inv.lines.length > 0)
    .map((inv) => {
      const totals = invoiceTotals(inv.lines.map(domainLine), taxes);
      return {
        id: randomUUID(),
        memberId: inv.memberId,
        kind: 'invoice',
        creditsInvoiceId: null,
        reason: null,
        rates: { gstPpm: taxes.gstPpm, qstPpm: taxes.qstPpm },
        totals,
        lines: inv.lines.map((l, i) => ({
          ...l,
          id: randomUUID(),
          creditsLineId: null,
          taxable: totals.lines[i].taxable,
          subsidyCents: totals.lines[i].subsidyCents,
          netCents: totals.lines[i].netCents,
        })),
      };
    });
  await store(db, ctx, docs);
  return docs.map((d) => d.id);
}

const asLineToIssue = (l: InvoiceLineRow, subsidies: GrantedSubsidy[]): LineToIssue => ({
  kind: l.kind,
  descriptionFr: l.description_fr,
  descriptionEn: l.description_en,
  sessionId: l.session_id,
  quantity: l.quantity,
  duesYearStart: l.dues_year_start,
  remittanceYear: l.remittance_year,
  grossCents: Number(l.gross_cents),
  subsidies,
});

/**
 * The taxes an invoice was issued under: its own rates, and as taxable the kinds of its lines that
 * were taxed (every line of a kind was taxed alike at issue). A credit note is computed with these,
 * whatever the settings say today, so that it reverses its invoice exactly.
 */
const taxesOfInvoice = (
  invoice: { gst_ppm: number; qst_ppm: number },
  lines: readonly { kind: InvoiceItemKind; taxable: boolean }[],
): SalesTaxSettings => ({
  gstPpm: invoice.gst_ppm,
  qstPpm: invoice.qst_ppm,
  taxableKinds: [...new Set(lines.filter((l) => l.taxable).map((l) => l.kind))],
});

/**
 * Issues one credit note per invoice reversing the given live lines of it exactly (subsidies too),
 * at the invoice's own rates, and updates each invoice's credited amount and status. `lineIds`
 * absent: every live line.
 */
export async function issueCreditNotes(
  db: Db,
  ctx: Context,
  credits: readonly { invoiceId: string; lineIds?: readonly string[]; reason: string }[],
): Promise<string[]> {
  const repo = billingRepository(db);
  const docs: Prepared[] = [];
  const updates: { id: string; total: number; paid: number; credited: number }[] = [];
  for (const c of credits) {
    await repo.lock(ctx.mutualId, c.invoiceId);
    const invoice = await repo.find(ctx.mutualId, c.invoiceId);
    if (invoice?.kind !== 'invoice') throw new Error(`no invoice ${c.invoiceId} to credit`);
    const live = await repo.liveLinesOf(invoice.id);
    const chosen = c.lineIds ? live.filter((l) => c.lineIds?.includes(l.id)) : live;
    if (chosen.length === 0) continue;
    const staying = live.filter((l) => !chosen.includes(l));
    const taxes = taxesOfInvoice(invoice, live);
    const subsidies = await repo.subsidiesOfLines(live.map((l) => l.id));
    const subsidiesOf = (lineId: string): GrantedSubsidy[] =>
      subsidies
        .filter((s) => s.invoice_line_id === lineId)
        .map((s) => ({
          programmeId: s.programme_id,
          funderId: s.funder_id,
          cents: Number(s.cents),
          eligibleCents: Number(s.eligible_cents),
          limits: s.limits,
        }));
    const previous = await repo.creditNotesOf([invoice.id]);
    const remaining = {
      gstCents: Number(invoice.gst_cents) + previous.reduce((s, n) => s + Number(n.gst_cents), 0),
      qstCents: Number(invoice.qst_cents) + previous.reduce((s, n) => s + Number(n.qst_cents), 0),
    };
    const chosenLines = chosen.map((l) => asLineToIssue(l, subsidiesOf(l.id)));
    const totals = creditNoteTotals(
      chosenLines.map(domainLine),
      staying.map((l) => domainLine(asLineToIssue(l, subsidiesOf(l.id)))),
      remaining,
      taxes,
    );
    docs.push({
      id: randomUUID(),
      memberId: invoice.member_id,
      kind: 'credit_note',
      creditsInvoiceId: invoice.id,
      reason: c.reason,
      rates: { gstPpm: invoice.gst_ppm, qstPpm: invoice.qst_ppm },
      totals,
      lines: chosenLines.map((l, i) => ({
        ...l,
        grossCents: totals.lines[i].grossCents,
        subsidies: (l.subsidies ?? []).map((s) => ({ ...s, cents: -s.cents, eligibleCents: -s.eligibleCents })),
        id: randomUUID(),
        creditsLineId: chosen[i].id,
        taxable: chosen[i].taxable,
        subsidyCents: totals.lines[i].subsidyCents,
        netCents: totals.lines[i].netCents,
      })),
    });
    updates.push({
      id: invoice.id,
      total: Number(invoice.total_cents),
      paid: Number(invoice.paid_cents),
      credited: Number(invoice.credited_cents) - totals.totalCents,
    });
  }
  await store(db, ctx, docs);
  for (const u of updates) {
    await repo.update(ctx.mutualId, u.id, {
      credited_cents: u.credited,
      status: invoiceStatusOf(u.total, u.paid, u.credited),
    });
  }
  return docs.map((d) => d.id);
}

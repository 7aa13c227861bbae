import type { Invoice } from '@mutualis/contracts';
import { both, facts, heading, type Labels, type Lang, money, newDocument, percent, table } from './money-pdf.ts';

const L: Labels = {
  invoice: { fr: 'Facture', en: 'Invoice' },
  credit_note: { fr: 'Note de crédit', en: 'Credit note' },
  number: { fr: 'Numéro', en: 'Number' },
  issued: { fr: 'Date', en: 'Date' },
  due: { fr: 'Échéance', en: 'Due on' },
  billTo: { fr: 'Facturé à', en: 'Bill to' },
  credits: { fr: 'Crédite la facture', en: 'Credits invoice' },
  reason: { fr: 'Motif', en: 'Reason' },
  description: { fr: 'Description', en: 'Description' },
  qty: { fr: 'Qté', en: 'Qty' },
  gross: { fr: 'Montant', en: 'Amount' },
  subsidy: { fr: 'Subvention', en: 'Subsidy' },
  net: { fr: 'Net', en: 'Net' },
  subtotal: { fr: 'Sous-total', en: 'Subtotal' },
  subsidies: { fr: 'Subventions déduites', en: 'Subsidies deducted' },
  netTotal: { fr: 'Montant net', en: 'Net amount' },
  gst: { fr: 'TPS', en: 'GST' },
  qst: { fr: 'TVQ', en: 'QST' },
  total: { fr: 'Total', en: 'Total' },
  paid: { fr: 'Payé', en: 'Paid' },
  credited: { fr: 'Crédité', en: 'Credited' },
  balance: { fr: 'Solde dû', en: 'Balance due' },
  exempt: { fr: 'exonéré', en: 'exempt' },
  taxNumbers: { fr: 'Nos de taxes', en: 'Tax numbers' },
  subsidyBy: { fr: 'Subvention', en: 'Subsidy' },
  limits: { fr: 'plafond appliqué', en: 'cap applied' },
  terms: {
    fr: 'Payable par chèque ou virement à la mutuelle, en indiquant le numéro de la facture.',
    en: 'Payable by cheque or transfer to the mutual, quoting the invoice number.',
  },
};

/**
 * An invoice or credit note as a bilingual PDF: the member's language first. Shows that one firm's
 * document only, with the tax rates and numbers stored on it at issue (never today's settings).
 */
export async function renderInvoicePdf(invoice: Invoice, mutual: { name: string }, lang: Lang): Promise<Buffer> {
  const kind = invoice.kind;
  const { doc, bytes } = newDocument(`${both(L, kind, lang)} ${invoice.number}`);
  doc.font('Helvetica-Bold').fontSize(16).text(mutual.name);
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#555')
    .text(
      `${L.taxNumbers[lang]} — ${L.gst[lang]} : ${invoice.gstNumber ?? '—'} · ${L.qst[lang]} : ${invoice.qstNumber ?? '—'}`,
    );
  doc
    .moveDown()
    .fillColor('#000')
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(`${both(L, kind, lang)} ${invoice.number}`);
  doc.moveDown(0.5);
  const rows: [string, string][] = [
    [both(L, 'issued', lang), invoice.issuedOn],
    [both(L, 'billTo', lang), invoice.memberName],
  ];
  if (invoice.kind === 'invoice' && invoice.dueOn) rows.splice(1, 0, [both(L, 'due', lang), invoice.dueOn]);
  if (invoice.creditsInvoiceNumber) rows.push([both(L, 'credits', lang), invoice.creditsInvoiceNumber]);
  if (invoice.reason) rows.push([both(L, 'reason', lang), invoice.reason]);
  facts(doc, rows);
  heading(doc, both(L, 'description', lang), 11);
  const lineRows: string[][] = [];
  for (const l of invoice.lines) {
    const first = lang === 'fr' ? l.descriptionFr : l.descriptionEn;
    const second = lang === 'fr' ? l.descriptionEn : l.descriptionFr;
    lineRows.push([
      `${first}\n${second}${l.taxable ? '' : ` (${L.exempt[lang]})`}`,
      l.quantity === null ? '' : String(l.quantity),
      money(l.grossCents, lang),
      l.subsidyCents ? money(-l.subsidyCents, lang) : '',
      money(l.netCents, lang),
    ]);
    for (const s of l.subsidies) {
      lineRows.push([
        `   ${L.subsidyBy[lang]} : ${s.programmeName} (${s.funderName})${s.limits.length ? ` — ${L.limits[lang]}` : ''}`,
        '',
        '',
        money(-s.cents, lang),
        '',
      ]);
    }
  }
  table(
    doc,
    [
      { header: both(L, 'description', lang), width: 262 },
      { header: L.qty[lang], width: 40, align: 'right' },
      { header: L.gross[lang], width: 70, align: 'right' },
      { header: L.subsidy[lang], width: 70, align: 'right' },
      { header: L.net[lang], width: 70, align: 'right' },
    ],
    lineRows,
  );
  const totals: [string, string][] = [
    [both(L, 'subtotal', lang), money(invoice.grossCents, lang)],
    [both(L, 'subsidies', lang), money(-invoice.subsidyCents, lang)],
    [both(L, 'netTotal', lang), money(invoice.netCents, lang)],
    [`${both(L, 'gst', lang)} ${percent(invoice.gstPpm, lang)}`, money(invoice.gstCents, lang)],
    [`${both(L, 'qst', lang)} ${percent(invoice.qstPpm, lang)}`, money(invoice.qstCents, lang)],
    [both(L, 'total', lang), money(invoice.totalCents, lang)],
  ];
  if (invoice.kind === 'invoice') {
    totals.push([both(L, 'paid', lang), money(invoice.paidCents, lang)]);
    if (invoice.creditedCents) totals.push([both(L, 'credited', lang), money(invoice.creditedCents, lang)]);
    totals.push([both(L, 'balance', lang), money(invoice.dueCents, lang)]);
  }
  doc.font('Helvetica').fontSize(9);
  for (const [k, v] of totals) {
    const y = doc.y;
    doc
      .font(k.startsWith(L.total[lang]) || k.startsWith(L.balance[lang]) ? 'Helvetica-Bold' : 'Helvetica')
      .text(k, 300, y, { width: 180 });
    doc.text(v, 480, y, { width: 82, align: 'right' });
  }
  if (invoice.kind === 'invoice') {
    doc.moveDown(2).font('Helvetica').fontSize(8).fillColor('#555').text(L.terms[lang], 50);
    doc.text(L.terms[lang === 'fr' ? 'en' : 'fr']);
  }
  doc.end();
  return bytes;
}

import type { StatementOfAccount } from '@mutualis/contracts';
import { both, facts, heading, type Labels, type Lang, money, newDocument, table } from './money-pdf.ts';

const L: Labels = {
  title: { fr: 'État de compte', en: 'Statement of account' },
  period: { fr: 'Période', en: 'Period' },
  opening: { fr: 'Solde d’ouverture', en: 'Opening balance' },
  closing: { fr: 'Solde de fermeture', en: 'Closing balance' },
  date: { fr: 'Date', en: 'Date' },
  document: { fr: 'Pièce', en: 'Document' },
  description: { fr: 'Description', en: 'Description' },
  debit: { fr: 'Débit', en: 'Debit' },
  credit: { fr: 'Crédit', en: 'Credit' },
  balance: { fr: 'Solde', en: 'Balance' },
  ageing: { fr: 'Âge des sommes dues', en: 'Ageing of amounts due' },
  days: { fr: 'jours', en: 'days' },
};

/** A firm's statement of account as a bilingual PDF (its own documents and payments only). */
export async function renderStatementPdf(s: StatementOfAccount, mutual: { name: string }, lang: Lang): Promise<Buffer> {
  const { doc, bytes } = newDocument(`${both(L, 'title', lang)} — ${s.memberName}`);
  doc.font('Helvetica-Bold').fontSize(16).text(mutual.name);
  doc
    .moveDown(0.5)
    .fontSize(14)
    .text(both(L, 'title', lang));
  doc.moveDown(0.5);
  facts(doc, [
    [s.memberName, ''],
    [both(L, 'period', lang), `${s.from} — ${s.to}`],
    [both(L, 'opening', lang), money(s.openingBalanceCents, lang)],
  ]);
  doc.moveDown();
  table(
    doc,
    [
      { header: L.date[lang], width: 62 },
      { header: L.document[lang], width: 70 },
      { header: L.description[lang], width: 200 },
      { header: L.debit[lang], width: 60, align: 'right' },
      { header: L.credit[lang], width: 60, align: 'right' },
      { header: L.balance[lang], width: 60, align: 'right' },
    ],
    s.lines.map((l) => [
      l.date,
      l.number,
      l.description,
      l.debitCents ? money(l.debitCents, lang) : '',
      l.creditCents ? money(l.creditCents, lang) : '',
      money(l.balanceCents, lang),
    ]),
  );
  facts(doc, [[both(L, 'closing', lang), money(s.closingBalanceCents, lang)]]);
  heading(doc, both(L, 'ageing', lang), 10);
  table(
    doc,
    Object.keys(s.ageing).map((k) => ({ header: `${k} ${L.days[lang]}`, width: 100, align: 'right' as const })),
    [Object.values(s.ageing).map((c) => money(c, lang))],
  );
  doc.end();
  return bytes;
}

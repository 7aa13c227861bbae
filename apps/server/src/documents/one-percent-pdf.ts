import type { OnePercentStatement } from '@mutualis/contracts';
import { both, heading, type Labels, type Lang, money, newDocument, percent } from './money-pdf.ts';

const L: Labels = {
  title: { fr: 'Relevé de dépenses de formation — loi du 1 %', en: 'Training spending statement — 1 % law' },
  year: { fr: 'Année civile', en: 'Calendar year' },
  issued: { fr: 'Émis le', en: 'Issued on' },
  payroll: { fr: 'Masse salariale', en: 'Payroll' },
  declared: { fr: 'déclarée par l’entreprise', en: 'declared by the firm' },
  registry: { fr: 'selon le registre de la mutuelle (non déclarée)', en: 'from the mutual’s registry (not declared)' },
  threshold: { fr: 'Seuil d’assujettissement', en: 'Threshold' },
  rate: { fr: 'Taux', en: 'Rate' },
  subject: { fr: 'Assujettie', en: 'Subject to the law' },
  notSubject: { fr: 'Non assujettie (masse salariale sous le seuil)', en: 'Not subject (payroll below the threshold)' },
  obligation: { fr: 'Dépenses de formation exigées', en: 'Training spending required' },
  throughMutual: { fr: 'Versé à la mutuelle de formation reconnue', en: 'Paid to the recognised training mutual' },
  shares: { fr: 'quotes-parts des activités', en: 'session shares' },
  dues: { fr: 'cotisations', en: 'dues' },
  fees: { fr: 'frais', en: 'fees' },
  wages: { fr: 'Salaires des employés en formation', en: 'Wages of employees in training' },
  hours: { fr: 'heures', en: 'hours' },
  other: { fr: 'Autres dépenses admissibles déclarées', en: 'Other eligible spending declared' },
  eligible: { fr: 'Total des dépenses admissibles', en: 'Total eligible spending' },
  shortfall: { fr: 'Insuffisance', en: 'Shortfall' },
  remitted: { fr: 'Versée à la mutuelle (facture)', en: 'Remitted to the mutual (invoice)' },
  notCounted: {
    fr: 'Versé à la mutuelle quand elle n’était pas reconnue (ne compte pas)',
    en: 'Paid to the mutual while it was not recognised (does not count)',
  },
  note: {
    fr: 'Montants avant taxes. Les versements à la mutuelle comptent comme dépenses de formation admissibles tant qu’elle est reconnue.',
    en: 'Amounts before taxes. Payments to the mutual count as eligible training spending while it is recognised.',
  },
};

/** The spans when the mutual was not recognised, in words: a single day alone, else both ends. */
function spansIn(spans: OnePercentStatement['paymentsDidNotCount'], lang: Lang): string {
  const one = (s: { from: string; to: string }) =>
    s.from === s.to
      ? lang === 'fr'
        ? `le ${s.from}`
        : `on ${s.from}`
      : lang === 'fr'
        ? `du ${s.from} au ${s.to}`
        : `from ${s.from} to ${s.to}`;
  return spans.map(one).join(lang === 'fr' ? ' ; ' : '; ');
}

/** s.1, said plainly: when the mutual was not recognised, and what the firm paid it then (it does not count). */
function notRecognisedText(s: OnePercentStatement, lang: Lang): string {
  const spans = spansIn(s.paymentsDidNotCount, lang);
  const paid = money(s.notCountedCents, lang);
  return lang === 'fr'
    ? `La mutuelle n’était pas reconnue ${spans}. Les sommes qui lui ont été versées ces jours-là (${paid} avant taxes) ne comptent pas comme dépenses de formation (art. 1 du Règlement sur les mutuelles de formation).`
    : `The mutual was not recognised ${spans}. What was paid to it on those days (${paid} before taxes) does not count as training spending (s.1 of the Regulation respecting training mutuals).`;
}

/** A firm's 1 % statement as a bilingual PDF, for its filing (its own figures only). */
export async function renderOnePercentPdf(
  s: OnePercentStatement,
  mutual: { name: string },
  lang: Lang,
  issuedOn: string,
): Promise<Buffer> {
  const { doc, bytes } = newDocument(`${both(L, 'title', lang)} ${s.year}`);
  const line = (label: string, value: string, bold = false) => {
    const y = doc.y;
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(9)
      .text(label, 50, y, { width: 380 });
    const after = doc.y;
    doc.text(value, 440, y, { width: 122, align: 'right' });
    doc.y = Math.max(after, doc.y);
  };
  doc.font('Helvetica-Bold').fontSize(16).text(mutual.name);
  doc
    .moveDown(0.5)
    .fontSize(13)
    .text(both(L, 'title', lang));
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(12).text(s.memberName);
  doc
    .font('Helvetica')
    .fontSize(9)
    .text(`${both(L, 'year', lang)} : ${s.year} · ${both(L, 'issued', lang)} : ${issuedOn}`);
  heading(doc, both(L, 'payroll', lang), 11);
  line(
    `${both(L, 'payroll', lang)} (${s.declared ? L.declared[lang] : L.registry[lang]})`,
    money(s.payrollCents, lang),
  );
  line(both(L, 'threshold', lang), money(s.thresholdCents, lang));
  line(both(L, 'rate', lang), percent(s.ratePpm, lang));
  line(s.subject ? both(L, 'subject', lang) : both(L, 'notSubject', lang), '');
  line(both(L, 'obligation', lang), money(s.obligationCents, lang), true);
  heading(doc, both(L, 'eligible', lang), 11);
  const p = s.paidToMutual;
  line(
    `${both(L, 'throughMutual', lang)} (${L.shares[lang]} ${money(p.sessionSharesCents, lang)}, ${L.dues[lang]} ${money(p.duesCents, lang)}, ${L.fees[lang]} ${money(p.feesCents, lang)})`,
    money(s.throughMutualCents, lang),
  );
  line(`${both(L, 'wages', lang)} (${s.trainingHours} ${L.hours[lang]})`, money(s.trainingWagesCents, lang));
  if (s.paymentsDidNotCount.length > 0) line(both(L, 'notCounted', lang), money(s.notCountedCents, lang));
  line(both(L, 'other', lang), money(s.otherDeclaredCents, lang));
  line(both(L, 'eligible', lang), money(s.eligibleCents, lang), true);
  doc.moveDown();
  line(both(L, 'shortfall', lang), money(s.shortfallCents, lang), true);
  if (s.remittance) line(`${both(L, 'remitted', lang)} ${s.remittance.number}`, money(s.remittance.totalCents, lang));
  if (s.paymentsDidNotCount.length > 0) {
    doc.moveDown().font('Helvetica-Bold').fontSize(9).text(notRecognisedText(s, lang), 50, doc.y, { width: 512 });
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(notRecognisedText(s, lang === 'fr' ? 'en' : 'fr'), { width: 512 });
  }
  doc.moveDown(2).font('Helvetica').fontSize(8).fillColor('#555').text(L.note[lang], 50);
  doc.text(L.note[lang === 'fr' ? 'en' : 'fr']);
  doc.end();
  return bytes;
}

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
  notRecognised: {
    fr: 'La mutuelle n’était pas reconnue : les sommes qui lui ont été versées ne comptent pas (art. 1).',
    en: 'The mutual was not recognised: payments to it do not count (s.1).',
  },
  note: {
    fr: 'Montants avant taxes. Les versements à la mutuelle comptent comme dépenses de formation admissibles tant qu’elle est reconnue.',
    en: 'Amounts before taxes. Payments to the mutual count as eligible training spending while it is recognised.',
  },
};

/** A firm's 1 % statement as a bilingual PDF, for its filing (its own figures only). */
export async function renderOnePercentPdf(s: OnePercentStatement, mutual: { name: string }, lang: Lang, issuedOn: string): Promise<Buffer> {
  const { doc, bytes } = newDocument(`${both(L, 'title', lang)} ${s.year}`);
  const line = (label: string, value: string, bold = false) => {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).text(label, 50, y, { width: 380 });
    const after = doc.y;
    doc.text(value, 440, y, { width: 122, align: 'right' });
    doc.y = Math.max(after, doc.y);
  };
  doc.font('Helvetica-Bold').fontSize(16).text(mutual.name);
  doc.moveDown(0.5).fontSize(13).text(both(L, 'title', lang));
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(12).text(s.memberName);
  doc.font('Helvetica').fontSize(9).text(`${both(L, 'year', lang)} : ${s.year} · ${both(L, 'issued', lang)} : ${issuedOn}`);
  heading(doc, both(L, 'payroll', lang), 11);
  line(`${both(L, 'payroll', lang)} (${s.declared ? L.declared[lang] : L.registry[lang]})`, money(s.payrollCents, lang));
  line(both(L, 'threshold', lang), money(s.thresholdCents, lang));
  line(both(L, 'rate', lang), percent(s.ratePpm, lang));
  line(s.subject ? both(L, 'subject', lang) : both(L, 'notSubject', lang), '');
  line(both(L, 'obligation', lang), money(s.obligationCents, lang), true);
  heading(doc, both(L, 'eligible', lang), 11);
  const p = s.paidToMutual;
  line(`${both(L, 'throughMutual', lang)} (${L.shares[lang]} ${money(p.sessionSharesCents, lang)}, ${L.dues[lang]} ${money(p.duesCents, lang)}, ${L.fees[lang]} ${money(p.feesCents, lang)})`, money(s.throughMutualCents, lang));
  line(`${both(L, 'wages', lang)} (${s.trainingHours} ${L.hours[lang]})`, money(s.trainingWagesCents, lang));
  line(both(L, 'other', lang), money(s.otherDeclaredCents, lang));
  line(both(L, 'eligible', lang), money(s.eligibleCents, lang), true);
  doc.moveDown();
  line(both(L, 'shortfall', lang), money(s.shortfallCents, lang), true);
  if (s.remittance) line(`${both(L, 'remitted', lang)} ${s.remittance.number}`, money(s.remittance.totalCents, lang));
  if (!s.mutualRecognised) doc.moveDown().font('Helvetica-Bold').fontSize(9).text(L.notRecognised[lang], 50);
  doc.moveDown(2).font('Helvetica').fontSize(8).fillColor('#555').text(L.note[lang], 50);
  doc.text(L.note[lang === 'fr' ? 'en' : 'fr']);
  doc.end();
  return bytes;
}

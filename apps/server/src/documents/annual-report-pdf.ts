import type { AnnualReport } from '@mutualis/contracts';
import { both, facts, heading, type Labels, type Lang, money, newDocument, table } from './money-pdf.ts';

export const ANNUAL_REPORT_LABELS: Labels = {
  title: { fr: 'Rapport annuel d’activités (art. 16)', en: 'Annual activity report (s.16)' },
  fiscalYear: { fr: 'Exercice', en: 'Fiscal year' },
  due: { fr: 'À transmettre au plus tard le', en: 'Due on' },
  status: { fr: 'État', en: 'Status' },
  in_progress: { fr: 'en préparation', en: 'in progress' },
  submitted: { fr: 'transmis', en: 'submitted' },
  employers: { fr: 'Employeurs qui ont versé des sommes', en: 'Employers who paid' },
  employer: { fr: 'Employeur', en: 'Employer' },
  paid: { fr: 'Montant (avant taxes)', en: 'Amount (before taxes)' },
  money: { fr: 'Provenance des fonds', en: 'Where the money came from' },
  fromEmployers: { fr: 'Des employeurs', en: 'From employers' },
  grants: { fr: 'Subventions', en: 'Grants' },
  activities: { fr: 'Activités tenues', en: 'Activities held' },
  activity: { fr: 'Activité', en: 'Activity' },
  dates: { fr: 'Dates', en: 'Dates' },
  hours: { fr: 'Heures', en: 'Hours' },
  participants: { fr: 'Participants', en: 'Participants' },
  firms: { fr: 'Entreprises', en: 'Firms' },
  cost: { fr: 'Coût', en: 'Cost' },
  evaluation: { fr: 'Évaluation', en: 'Evaluation' },
  clientele: { fr: 'Clientèle', en: 'Clientele' },
  teer: { fr: 'Participants par niveau FÉER', en: 'Participants by TEER level' },
  category: {
    fr: 'Participants par grande catégorie professionnelle (CNP)',
    en: 'Participants by broad occupational category (NOC)',
  },
  size: { fr: 'Par taille d’entreprise', en: 'By firm size' },
  region: { fr: 'Par région', en: 'By region' },
  attestations: { fr: 'Attestations de participation délivrées', en: 'Attestations of participation issued' },
  operations: { fr: 'État des résultats', en: 'Statement of operations' },
  revenue: { fr: 'Produits', en: 'Revenue' },
  expenses: { fr: 'Charges', en: 'Expenses' },
  surplus: { fr: 'Excédent (insuffisance) de l’exercice', en: 'Surplus (deficit) for the year' },
  balanceSheet: { fr: 'Bilan à la fin de l’exercice', en: 'Balance sheet at year end' },
  assets: { fr: 'Actif', en: 'Assets' },
  liabilities: { fr: 'Passif', en: 'Liabilities' },
  netAssets: { fr: 'Actif net (y compris les excédents cumulés)', en: 'Net assets (accumulated surpluses included)' },
  checks: { fr: 'Vérifications — ce qui manque', en: 'Checks — what is missing' },
  none: { fr: 'Rien ne manque.', en: 'Nothing is missing.' },
  sessions_not_invoiced: { fr: 'Activités livrées non facturées', en: 'Delivered activities not invoiced' },
  evaluation_missing: {
    fr: 'Activités sans résultat d’évaluation (art. 15)',
    en: 'Activities without an evaluation result (s.15)',
  },
  provider_bills_not_approved: { fr: 'Factures de fournisseurs non approuvées', en: 'Provider bills not approved' },
  claims_not_submitted: { fr: 'Réclamations non transmises', en: 'Claims not submitted' },
  invoices_overdue_90: { fr: 'Factures impayées depuis plus de 90 jours', en: 'Invoices unpaid for over 90 days' },
  books_not_closed: { fr: 'Livres non fermés à la fin de l’exercice', en: 'Books not closed at year end' },
  ledger_unbalanced: { fr: 'Grand livre déséquilibré', en: 'Ledger out of balance' },
  total: { fr: 'Total', en: 'Total' },
};
const L = ANNUAL_REPORT_LABELS;

/** The annual report as a PDF in both languages (no personal data: the board and the ministry read it). */
export async function renderAnnualReportPdf(r: AnnualReport, mutual: { name: string }, lang: Lang): Promise<Buffer> {
  const { doc, bytes } = newDocument(`${both(L, 'title', lang)} ${r.fiscalYear.label}`);
  doc.font('Helvetica-Bold').fontSize(16).text(mutual.name);
  doc
    .moveDown(0.5)
    .fontSize(13)
    .text(both(L, 'title', lang));
  doc.moveDown(0.5);
  facts(doc, [
    [both(L, 'fiscalYear', lang), `${r.fiscalYear.label} (${r.fiscalYear.start} — ${r.fiscalYear.end})`],
    [both(L, 'due', lang), r.dueOn],
    [both(L, 'status', lang), both(L, r.status, lang)],
  ]);
  heading(doc, both(L, 'money', lang));
  facts(doc, [
    [both(L, 'fromEmployers', lang), money(r.money.fromEmployersCents, lang)],
    [both(L, 'grants', lang), money(r.money.grantsCents, lang)],
  ]);
  heading(doc, both(L, 'employers', lang));
  table(
    doc,
    [
      { header: L.employer[lang], width: 380 },
      { header: L.paid[lang], width: 130, align: 'right' },
    ],
    [
      ...r.employers.map((e) => [e.name, money(e.paidCents, lang)]),
      [
        { text: L.total[lang], bold: true },
        { text: money(r.money.fromEmployersCents, lang), bold: true },
      ],
    ],
  );
  heading(doc, both(L, 'activities', lang));
  table(
    doc,
    [
      { header: L.activity[lang], width: 150 },
      { header: L.dates[lang], width: 100 },
      { header: L.hours[lang], width: 40, align: 'right' },
      { header: L.participants[lang], width: 55, align: 'right' },
      { header: L.firms[lang], width: 50, align: 'right' },
      { header: L.cost[lang], width: 70, align: 'right' },
      { header: L.evaluation[lang], width: 47 },
    ],
    r.activities.map((a) => [
      lang === 'fr' ? a.titleFr : a.titleEn,
      `${a.firstDay ?? ''}${a.lastDay && a.lastDay !== a.firstDay ? ` – ${a.lastDay}` : ''}`,
      String(a.hours),
      String(a.participants),
      String(a.employers),
      money(a.costCents, lang),
      a.evaluationResult ?? '—',
    ]),
  );
  heading(
    doc,
    `${both(L, 'clientele', lang)} — ${r.clientele.participants} ${L.participants[lang].toLowerCase()}, ${r.clientele.firms} ${L.firms[lang].toLowerCase()}`,
  );
  table(
    doc,
    r.clientele.byTeer.map((t) => ({ header: `FÉER/TEER ${t.teer}`, width: 70, align: 'right' as const })),
    [r.clientele.byTeer.map((t) => String(t.participants))],
  );
  table(
    doc,
    r.clientele.bySizeClass.map((s) => ({ header: s.sizeClass, width: 100, align: 'right' as const })),
    [r.clientele.bySizeClass.map((s) => `${s.firms} / ${s.participants}`)],
  );
  table(
    doc,
    [
      { header: L.region[lang], width: 100 },
      { header: L.firms[lang], width: 100, align: 'right' },
      { header: L.participants[lang], width: 100, align: 'right' },
    ],
    r.clientele.byRegion.map((x) => [x.regionCode, String(x.firms), String(x.participants)]),
  );
  facts(doc, [[both(L, 'attestations', lang), String(r.attestationsIssued)]]);
  heading(doc, both(L, 'operations', lang));
  const cols = [
    { header: '', width: 60 },
    { header: '', width: 320 },
    { header: '', width: 130, align: 'right' as const },
  ];
  const name = (x: { nameFr: string; nameEn: string }) => (lang === 'fr' ? x.nameFr : x.nameEn);
  table(doc, cols, [
    [{ text: L.revenue[lang], bold: true }, '', ''],
    ...r.operations.revenue.map((x) => [x.code, name(x), money(x.cents, lang)]),
    ['', { text: L.total[lang], bold: true }, { text: money(r.operations.revenueCents, lang), bold: true }],
    [{ text: L.expenses[lang], bold: true }, '', ''],
    ...r.operations.expenses.map((x) => [x.code, name(x), money(x.cents, lang)]),
    ['', { text: L.total[lang], bold: true }, { text: money(r.operations.expensesCents, lang), bold: true }],
    ['', { text: both(L, 'surplus', lang), bold: true }, { text: money(r.operations.surplusCents, lang), bold: true }],
  ]);
  heading(doc, both(L, 'balanceSheet', lang));
  const b = r.balanceSheet;
  table(doc, cols, [
    [{ text: L.assets[lang], bold: true }, '', ''],
    ...b.assets.map((x) => [x.code, name(x), money(x.cents, lang)]),
    ['', { text: L.total[lang], bold: true }, { text: money(b.assetsCents, lang), bold: true }],
    [{ text: L.liabilities[lang], bold: true }, '', ''],
    ...b.liabilities.map((x) => [x.code, name(x), money(x.cents, lang)]),
    ['', { text: L.total[lang], bold: true }, { text: money(b.liabilitiesCents, lang), bold: true }],
    ['', { text: both(L, 'netAssets', lang), bold: true }, { text: money(b.netAssetsCents, lang), bold: true }],
  ]);
  heading(doc, both(L, 'checks', lang));
  const failing = r.checks.filter((c) => c.count > 0);
  if (failing.length === 0) doc.text(both(L, 'none', lang), 50);
  for (const c of failing) {
    doc
      .font('Helvetica-Bold')
      .fontSize(9)
      .text(`${both(L, c.code, lang)} (${c.count})`, 50);
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(c.items.slice(0, 30).join(' · ') + (c.items.length > 30 ? ' …' : ''), 60);
  }
  doc.end();
  return bytes;
}

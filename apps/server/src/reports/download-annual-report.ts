import type { Caller, Deps } from '../caller.ts';
import { ANNUAL_REPORT_LABELS as L, renderAnnualReportPdf } from '../documents/annual-report-pdf.ts';
import { sheetOf, writeXlsxSheets } from '../files/table-file.ts';
import { getAnnualReport } from './get-annual-report.ts';
import { reportRepository } from './repository.ts';

/** The annual report as PDF (both languages, the caller's first). */
export async function downloadAnnualReportPdf(
  deps: Deps,
  caller: Caller,
  query: { fiscalYearStart?: string; lang?: 'fr' | 'en' },
) {
  const report = await getAnnualReport(deps, caller, query);
  const mutual = await reportRepository(deps.db).mutual(caller.mutualId as string);
  const body = await renderAnnualReportPdf(report, { name: mutual.name }, query.lang ?? caller.locale);
  return {
    filename: `rapport-annuel-${report.fiscalYear.label}.pdf`,
    contentType: 'application/pdf',
    body: new Uint8Array(body),
  };
}

/** The annual report as XLSX: one sheet per section (headings in both languages, amounts in dollars). */
export async function downloadAnnualReportXlsx(deps: Deps, caller: Caller, query: { fiscalYearStart?: string }) {
  const r = await getAnnualReport(deps, caller, query);
  const h = (k: string) => `${L[k].fr} / ${L[k].en}`;
  const dollars = (c: number) => c / 100;
  const money = { numFmt: '#,##0.00', width: 18 };
  const body = await writeXlsxSheets([
    sheetOf(
      'Employeurs',
      [
        { header: h('employer'), value: (e: (typeof r.employers)[number]) => e.name, width: 40 },
        { header: h('paid'), value: (e) => dollars(e.paidCents), ...money },
      ],
      r.employers,
      {
        title: `${h('employers')} — ${r.fiscalYear.label}`,
      },
    ),
    sheetOf(
      'Activités',
      [
        { header: h('activity'), value: (a: (typeof r.activities)[number]) => a.titleFr, width: 40 },
        { header: 'Début / Start', value: (a) => a.firstDay, width: 12 },
        { header: 'Fin / End', value: (a) => a.lastDay, width: 12 },
        { header: h('hours'), value: (a) => a.hours },
        { header: h('participants'), value: (a) => a.participants },
        { header: h('firms'), value: (a) => a.employers },
        { header: h('cost'), value: (a) => dollars(a.costCents), ...money },
        { header: h('evaluation'), value: (a) => a.evaluationResult, width: 30 },
      ],
      r.activities,
      { title: h('activities') },
    ),
    sheetOf(
      'Clientèle',
      [
        {
          header: 'Dimension',
          value: (x: { d: string; k: string; firms: number | null; participants: number }) => x.d,
          width: 24,
        },
        { header: 'Valeur / Value', value: (x) => x.k, width: 16 },
        { header: h('firms'), value: (x) => x.firms },
        { header: h('participants'), value: (x) => x.participants },
      ],
      [
        ...r.clientele.byTeer.map((t) => ({
          d: 'FÉER / TEER',
          k: String(t.teer),
          firms: null,
          participants: t.participants,
        })),
        ...r.clientele.byBroadCategory.map((t) => ({
          d: 'CNP / NOC',
          k: t.code,
          firms: null,
          participants: t.participants,
        })),
        ...r.clientele.bySizeClass.map((t) => ({
          d: 'Taille / Size',
          k: t.sizeClass,
          firms: t.firms,
          participants: t.participants,
        })),
        ...r.clientele.byRegion.map((t) => ({
          d: 'Région / Region',
          k: t.regionCode,
          firms: t.firms,
          participants: t.participants,
        })),
        { d: h('attestations'), k: '', firms: null, participants: r.attestationsIssued },
      ],
      { title: `${h('clientele')} — ${r.clientele.participants} / ${r.clientele.firms}` },
    ),
    sheetOf(
      'Résultats',
      [
        { header: 'Compte / Account', value: (x: { code: string; name: string; cents: number }) => x.code, width: 12 },
        { header: 'Nom / Name', value: (x) => x.name, width: 44 },
        { header: 'Montant / Amount', value: (x) => dollars(x.cents), ...money },
      ],
      [
        ...r.operations.revenue.map((x) => ({ code: x.code, name: x.nameFr, cents: x.cents })),
        { code: '', name: `${h('revenue')} — ${h('total')}`, cents: r.operations.revenueCents },
        ...r.operations.expenses.map((x) => ({ code: x.code, name: x.nameFr, cents: x.cents })),
        { code: '', name: `${h('expenses')} — ${h('total')}`, cents: r.operations.expensesCents },
        { code: '', name: h('surplus'), cents: r.operations.surplusCents },
      ],
      { title: h('operations') },
    ),
    sheetOf(
      'Bilan',
      [
        { header: 'Compte / Account', value: (x: { code: string; name: string; cents: number }) => x.code, width: 12 },
        { header: 'Nom / Name', value: (x) => x.name, width: 44 },
        { header: 'Montant / Amount', value: (x) => dollars(x.cents), ...money },
      ],
      [
        ...r.balanceSheet.assets.map((x) => ({ code: x.code, name: x.nameFr, cents: x.cents })),
        { code: '', name: `${h('assets')} — ${h('total')}`, cents: r.balanceSheet.assetsCents },
        ...r.balanceSheet.liabilities.map((x) => ({ code: x.code, name: x.nameFr, cents: x.cents })),
        { code: '', name: `${h('liabilities')} — ${h('total')}`, cents: r.balanceSheet.liabilitiesCents },
        { code: '', name: h('netAssets'), cents: r.balanceSheet.netAssetsCents },
      ],
      { title: h('balanceSheet') },
    ),
    sheetOf(
      'Vérifications',
      [
        { header: 'Vérification / Check', value: (c: (typeof r.checks)[number]) => h(c.code), width: 50 },
        { header: 'Nombre / Count', value: (c) => c.count },
        { header: 'Détail / Detail', value: (c) => c.items.join(' · '), width: 80, wrap: true },
      ],
      r.checks,
      { title: h('checks') },
    ),
  ]);
  return {
    filename: `rapport-annuel-${r.fiscalYear.label}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body,
  };
}

// The annual report of s.16 for a fiscal year: employers who paid and how much (before taxes),
// public money, activities held, clientele by TEER, broad occupational category, firm size and
// region, attestations issued, the statement of operations and the balance sheet from the
// ledger, and completeness checks that name what is missing. It holds no personal data:
// participants are counted, never named, so the board reads the same report.
import type { AnnualReport } from '@mutualis/contracts';
import { addDays } from '@mutualis/domain/dates';
import type { FiscalYear } from '@mutualis/domain/finance/fiscal-year';
import {
  annualReportDue,
  balanceSheet,
  paymentBeforeTaxes,
  statementOfOperations,
} from '@mutualis/domain/finance/statements';
import { SIZE_CLASS_CODES, sizeClassOf } from '@mutualis/domain/reference/size-class';
import type { Db } from '../db/client.ts';
import { ensureBooks, fiscalYearAt, trialBalanceOf } from '../finance/index.ts';
import { reportRepository } from './repository.ts';

/** The fiscal year whose report is due next: the last ended one until its 31 March has passed (or it was sent), then the current one. */
export async function reportYearAt(db: Db, mutualId: string, today: string): Promise<FiscalYear> {
  const settings = await ensureBooks(db, mutualId);
  const current = fiscalYearAt(settings, today);
  const previous = fiscalYearAt(settings, addDays(current.start, -1));
  const due = annualReportDue(previous.end, today);
  const state = await reportRepository(db).reportState(mutualId, previous.start);
  return due.daysLeft >= 0 && state?.status !== 'submitted' ? previous : current;
}

export async function buildAnnualReport(
  db: Db,
  mutualId: string,
  year: FiscalYear,
  today: string,
): Promise<AnnualReport> {
  const repo = reportRepository(db);
  const range = { from: year.start, to: year.end };
  const settings = await ensureBooks(db, mutualId);
  const [payments, activities, attestations, grants, period, cumulative, state] = await Promise.all([
    repo.payments(mutualId, null, range),
    repo.activities(mutualId, range),
    repo.attestationsIssued(mutualId, range),
    repo.subsidiesGranted(mutualId, range),
    trialBalanceOf(db, mutualId, { from: year.start, asOf: year.end }),
    trialBalanceOf(db, mutualId, { from: null, asOf: year.end }),
    repo.reportState(mutualId, year.start),
  ]);
  const paidBy = new Map<string, number>();
  for (const p of payments)
    paidBy.set(
      p.member_id,
      (paidBy.get(p.member_id) ?? 0) + paymentBeforeTaxes(p.amount_cents, p.net_cents, p.total_cents),
    );
  const names = new Map((await repo.members(mutualId, [...paidBy.keys()])).map((m) => [m.id, m.legal_name]));
  const employers = [...paidBy]
    .filter(([, cents]) => cents !== 0)
    .map(([memberId, paidCents]) => ({ memberId, name: names.get(memberId) ?? '', paidCents }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const sessionIds = activities.map((a) => a.id);
  const clientele = await repo.clientele(mutualId, sessionIds);
  const bySession = new Map<string, { people: number; firms: number }>();
  const firmsTaking = new Map<string, { headcount: number; region_code: string }>();
  for (const r of clientele.byFirm) {
    const s = bySession.get(r.session_id) ?? { people: 0, firms: 0 };
    bySession.set(r.session_id, { people: s.people + r.people, firms: s.firms + 1 });
    firmsTaking.set(r.member_id, r);
  }
  const firms = [...firmsTaking.values()];
  const groupCount = <R>(rows: readonly R[], key: (r: R) => string | number, n: (r: R) => number) => {
    const m = new Map<string | number, number>();
    for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + n(r));
    return m;
  };
  const byTeer = groupCount(
    clientele.people,
    (p) => p.teer,
    (p) => p.people,
  );
  const byBroadCategory = groupCount(
    clientele.people,
    (p) => p.noc,
    (p) => p.people,
  );
  const bySize = groupCount(
    clientele.people,
    (p) => sizeClassOf(p.headcount),
    (p) => p.people,
  );
  const byRegion = groupCount(
    clientele.people,
    (p) => p.region_code,
    (p) => p.people,
  );
  const firmsBySize = groupCount(
    firms,
    (f) => sizeClassOf(f.headcount),
    () => 1,
  );
  const firmsByRegion = groupCount(
    firms,
    (f) => f.region_code,
    () => 1,
  );
  const participantCount = clientele.people.reduce((s, p) => s + p.people, 0);
  const firmCount = firms.length;
  const balances = (rows: typeof period.rows) =>
    rows.map((r) => ({ code: r.code, kind: r.kind, nameFr: r.nameFr, nameEn: r.nameEn, balanceCents: r.balanceCents }));
  const operations = statementOfOperations(balances(period.rows));
  const sheet = balanceSheet(balances(cumulative.rows));
  const [notInvoiced, bills, drafts, overdue] = await Promise.all([
    repo.notInvoiced(sessionIds),
    repo.billsNotApproved(mutualId, year.end),
    repo.claimsInDraft(mutualId, year.end),
    repo.invoicesLongOverdue(mutualId, addDays(today, -90)),
  ]);
  const activityById = new Map(activities.map((a) => [a.id, a]));
  const titled = (id: string) => {
    const a = activityById.get(id);
    return a ? `${a.title_fr} (${a.first_day})` : id;
  };
  const checks = [
    { code: 'sessions_not_invoiced', items: [...notInvoiced].map(titled) },
    { code: 'evaluation_missing', items: activities.filter((a) => !a.evaluation_result).map((a) => titled(a.id)) },
    { code: 'provider_bills_not_approved', items: bills.map((b) => b.number) },
    { code: 'claims_not_submitted', items: drafts.map((c) => c.number) },
    { code: 'invoices_overdue_90', items: overdue.map((i) => `${i.number} — ${i.member_name}`) },
    {
      code: 'books_not_closed',
      items: settings.closed_through !== null && settings.closed_through >= year.end ? [] : [year.end],
    },
    {
      code: 'ledger_unbalanced',
      items: period.balanced && sheet.differenceCents === 0 ? [] : [String(sheet.differenceCents)],
    },
  ].map((c) => ({ ...c, count: c.items.length }));
  const due = annualReportDue(year.end, today);
  return {
    fiscalYear: year,
    dueOn: due.dueOn,
    daysLeft: due.daysLeft,
    status: state?.status ?? 'in_progress',
    submittedOn: state?.submitted_on ?? null,
    employers,
    money: {
      fromEmployersCents: employers.reduce((s, e) => s + e.paidCents, 0),
      grantsCents: grants,
      employersPaying: employers.length,
    },
    activities: activities.map((a) => ({
      sessionId: a.id,
      titleFr: a.title_fr,
      titleEn: a.title_en,
      firstDay: a.first_day,
      lastDay: a.last_day,
      hours: a.hours,
      participants: bySession.get(a.id)?.people ?? 0,
      employers: bySession.get(a.id)?.firms ?? 0,
      costCents: a.cost,
      evaluationResult: a.evaluation_result,
    })),
    clientele: {
      participants: participantCount,
      firms: firmCount,
      byTeer: [...byTeer].map(([teer, n]) => ({ teer: Number(teer), participants: n })).sort((a, b) => a.teer - b.teer),
      byBroadCategory: [...byBroadCategory]
        .map(([code, n]) => ({ code: String(code), participants: n }))
        .sort((a, b) => a.code.localeCompare(b.code)),
      bySizeClass: SIZE_CLASS_CODES.map((sizeClass) => ({
        sizeClass,
        firms: firmsBySize.get(sizeClass) ?? 0,
        participants: bySize.get(sizeClass) ?? 0,
      })),
      byRegion: [...byRegion]
        .map(([regionCode, n]) => ({
          regionCode: String(regionCode),
          firms: firmsByRegion.get(regionCode) ?? 0,
          participants: n,
        }))
        .sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
    },
    attestationsIssued: attestations,
    operations: {
      revenue: operations.revenue,
      expenses: operations.expenses,
      revenueCents: operations.revenueCents,
      expensesCents: operations.expensesCents,
      surplusCents: operations.surplusCents,
    },
    balanceSheet: {
      assets: sheet.assets,
      liabilities: sheet.liabilities,
      equity: sheet.equity,
      accumulatedSurplusCents: sheet.accumulatedSurplusCents,
      assetsCents: sheet.assetsCents,
      liabilitiesCents: sheet.liabilitiesCents,
      netAssetsCents: sheet.netAssetsCents,
      differenceCents: sheet.differenceCents,
    },
    checks,
  };
}

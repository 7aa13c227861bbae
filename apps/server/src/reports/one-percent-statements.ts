// Members' 1 % statements for a calendar year, computed for any number of members in a few
// queries: payroll (declared, else the registry's), payments to the mutual during the year before
// taxes, split by what they paid (session shares, dues, fees, remittances) when received on a day
// the mutual was recognised, else counted apart as not training spending (s.1: the days come from
// the governance area's recognition history, not from `mutual.recognised_since`), the wages of
// employees while in training (hours present × the hourly wage of the day), other declared
// spending, and the shortfall. Payments also come from the ledger, so that the statement can be
// tied to it: the ledger's figure holds every payment of the year, counted or not.
import type { OnePercentStatement } from '@mutualis/contracts';
import { allocate } from '@mutualis/domain/finance/money';
import { onePercentStatement, paymentCountsOn, trainingWagesCents } from '@mutualis/domain/finance/one-percent';
import { paymentBeforeTaxes } from '@mutualis/domain/finance/statements';
import type { Db } from '../db/client.ts';
import { recognitionStandingOf, spansPaymentsDidNotCountOf } from '../governance/index.ts';
import { reportRepository } from './repository.ts';

type Member = { id: string; legal_name: string; annual_payroll_cents: number };

const GROUP: Record<string, 'sessionSharesCents' | 'duesCents' | 'feesCents' | 'remittancesCents'> = {
  session_share: 'sessionSharesCents',
  dues: 'duesCents',
  late_cancellation_fee: 'feesCents',
  no_show_fee: 'feesCents',
  other: 'feesCents',
  one_percent_remittance: 'remittancesCents',
};

export async function onePercentStatements(
  db: Db,
  mutualId: string,
  members: readonly Member[],
  year: number,
): Promise<OnePercentStatement[]> {
  const repo = reportRepository(db);
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  const ids = members.map((m) => m.id);
  const [notRecognised, standing, declarations, payments, hours, ledger] = await Promise.all([
    spansPaymentsDidNotCountOf(db, mutualId, range.from, range.to),
    recognitionStandingOf(db, mutualId),
    repo.declarations(mutualId, ids, year),
    repo.payments(mutualId, ids, range),
    repo.trainingHours(mutualId, ids, range),
    repo.ledgerPayments(mutualId, ids, range),
  ]);
  const [kinds, remittances] = await Promise.all([
    repo.netByKind([...new Set(payments.map((p) => p.invoice_id))]),
    repo.remittances(mutualId, ids, year),
  ]);
  const out: OnePercentStatement[] = [];
  for (const m of members) {
    const declaration = declarations.find((d) => d.member_id === m.id);
    const paid = { sessionSharesCents: 0, duesCents: 0, feesCents: 0, remittancesCents: 0 };
    let notCountedCents = 0;
    for (const p of payments) {
      if (p.member_id !== m.id) continue;
      const before = paymentBeforeTaxes(p.amount_cents, p.net_cents, p.total_cents);
      const byKind = [...(kinds.get(p.invoice_id) ?? new Map()).entries()].filter(([, net]) => net > 0);
      if (byKind.length === 0) continue;
      const parts = allocate(
        before,
        byKind.map(([, net]) => net),
      );
      const counts = paymentCountsOn(p.received_on, notRecognised);
      byKind.forEach(([kind, _net], i) => {
        const group = GROUP[kind] ?? 'feesCents';
        // s.1: on a day the mutual was not recognised, what would have been training spending is set apart
        if (counts || group === 'remittancesCents') paid[group] += parts[i];
        else notCountedCents += parts[i];
      });
    }
    const mine = hours.filter((h) => h.memberId === m.id);
    const wages = trainingWagesCents(mine.map((h) => ({ hoursAttended: h.hours, hourlyWageCents: h.wageCents })));
    const payroll = declaration ? Number(declaration.payroll_cents) : Number(m.annual_payroll_cents);
    const s = onePercentStatement({
      year,
      payrollCents: payroll,
      paidToMutualCents: paid.sessionSharesCents + paid.duesCents + paid.feesCents,
      notCountedCents,
      notRecognised,
      trainingWagesCents: wages,
      otherDeclaredCents: declaration ? Number(declaration.other_spending_cents) : 0,
    });
    const remittance = remittances.get(m.id);
    out.push({
      memberId: m.id,
      memberName: m.legal_name,
      year,
      declared: Boolean(declaration),
      payrollCents: payroll,
      thresholdCents: s.rule.thresholdCents,
      ratePpm: s.rule.ratePpm,
      subject: s.subject,
      obligationCents: s.obligationCents,
      paidToMutual: paid,
      throughMutualCents: s.throughMutualCents,
      notCountedCents: s.notCountedCents,
      paymentsDidNotCount: s.notRecognised,
      trainingHours: mine.reduce((sum, h) => sum + h.hours, 0),
      trainingWagesCents: s.trainingWagesCents,
      otherDeclaredCents: s.otherDeclaredCents,
      eligibleCents: s.eligibleCents,
      shortfallCents: s.shortfallCents,
      mutualRecognised: s.notRecognised.length === 0,
      recognisedToday: standing.paymentsCount,
      remittance: remittance
        ? {
            invoiceId: remittance.id,
            number: remittance.number,
            totalCents: Number(remittance.total_cents),
            status: remittance.status,
          }
        : null,
      ledgerPaidCents: ledger.get(m.id) ?? 0,
    });
  }
  return out;
}

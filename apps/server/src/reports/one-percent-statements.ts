// Members' 1 % statements for a calendar year, computed for any number of members in a few
// queries: payroll (declared, else the registry's), payments to the mutual during the year before
// taxes (only those received while it was recognised, s.1), split by what they paid (session
// shares, dues, fees, remittances), the wages of employees while in training (hours present ×
// the hourly wage of the day), other declared spending, and the shortfall. Payments also come
// from the ledger, so that the statement can be tied to it.
import type { OnePercentStatement } from '@mutualis/contracts';
import { allocate } from '@mutualis/domain/finance/money';
import { onePercentStatement, trainingWagesCents } from '@mutualis/domain/finance/one-percent';
import { paymentBeforeTaxes } from '@mutualis/domain/finance/statements';
import type { Db } from '../db/client.ts';
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

export async function onePercentStatements(db: Db, mutualId: string, members: readonly Member[], year: number): Promise<OnePercentStatement[]> {
  const repo = reportRepository(db);
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  const ids = members.map((m) => m.id);
  const [mutual, declarations, payments, hours, ledger] = await Promise.all([
    repo.mutual(mutualId),
    repo.declarations(mutualId, ids, year),
    repo.payments(mutualId, ids, range),
    repo.trainingHours(mutualId, ids, range),
    repo.ledgerPayments(mutualId, ids, range),
  ]);
  const kinds = await repo.netByKind([...new Set(payments.map((p) => p.invoice_id))]);
  const recognisedSince = mutual.recognised_since;
  const out: OnePercentStatement[] = [];
  for (const m of members) {
    const declaration = declarations.find((d) => d.member_id === m.id);
    const paid = { sessionSharesCents: 0, duesCents: 0, feesCents: 0, remittancesCents: 0 };
    for (const p of payments) {
      if (p.member_id !== m.id) continue;
      if (recognisedSince === null || p.received_on < recognisedSince) continue;
      const before = paymentBeforeTaxes(p.amount_cents, p.net_cents, p.total_cents);
      const byKind = [...(kinds.get(p.invoice_id) ?? new Map()).entries()].filter(([, net]) => net > 0);
      if (byKind.length === 0) continue;
      const parts = allocate(
        before,
        byKind.map(([, net]) => net),
      );
      byKind.forEach(([kind, _net], i) => {
        paid[GROUP[kind] ?? 'feesCents'] += parts[i];
      });
    }
    const mine = hours.filter((h) => h.memberId === m.id);
    const wages = trainingWagesCents(mine.map((h) => ({ hoursAttended: h.hours, hourlyWageCents: h.wageCents })));
    const payroll = declaration ? Number(declaration.payroll_cents) : Number(m.annual_payroll_cents);
    const s = onePercentStatement({
      year,
      payrollCents: payroll,
      paidToMutualCents: paid.sessionSharesCents + paid.duesCents + paid.feesCents,
      trainingWagesCents: wages,
      otherDeclaredCents: declaration ? Number(declaration.other_spending_cents) : 0,
      mutualRecognised: recognisedSince !== null && recognisedSince <= range.to,
    });
    const remittance = await repo.remittance(mutualId, m.id, year);
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
      trainingHours: mine.reduce((sum, h) => sum + h.hours, 0),
      trainingWagesCents: s.trainingWagesCents,
      otherDeclaredCents: s.otherDeclaredCents,
      eligibleCents: s.eligibleCents,
      shortfallCents: s.shortfallCents,
      mutualRecognised: !s.mutualNotRecognised,
      remittance: remittance ? { invoiceId: remittance.id, number: remittance.number, totalCents: Number(remittance.total_cents), status: remittance.status } : null,
      ledgerPaidCents: ledger.get(m.id) ?? 0,
    });
  }
  return out;
}

import { todayInMontreal } from '@mutualis/domain/dates';
import { annualDues, duesForYear } from '@mutualis/domain/finance/dues';
import { fiscalYearOf } from '@mutualis/domain/finance/fiscal-year';
import { sizeClassOf } from '@mutualis/domain/reference/size-class';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { billingRepository } from './billing-repository.ts';
import { ensureBooks } from './books.ts';
import { duesRepository } from './dues-repository.ts';
import { domainSchedule, presentSchedule } from './dues-schedule.ts';
import { type InvoiceToIssue, issueInvoices } from './issue-documents.ts';
import { ledgerRepository } from './ledger-repository.ts';
import { assertOpenPeriod } from './post-entries.ts';

/**
 * Invoices a fiscal year's dues in bulk: every active member not yet invoiced for that year gets
 * an invoice of its tier's amount, pro-rated by days left when it joined during the year (if the
 * schedule says so). Members the schedule has no tier for are listed, not invoiced.
 */
export async function invoiceDues(deps: Deps, caller: Caller, input: { fiscalYearStart?: string; issuedOn?: string }) {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  const today = todayInMontreal(now);
  const issuedOn = input.issuedOn ?? today;
  return inTransaction(deps, async (tx) => {
    const settings = await ensureBooks(tx.db, mutualId);
    const year = fiscalYearOf(input.fiscalYearStart ?? today, settings.fiscal_year_start_month);
    if (input.fiscalYearStart && input.fiscalYearStart !== year.start)
      throw invalid('fiscalYearStart', 'not_fiscal_year_start', { start: year.start });
    assertOpenPeriod(issuedOn, settings.closed_through, 'issuedOn');
    const dues = duesRepository(tx.db);
    const scheduleRow = await dues.schedule(mutualId);
    if (!scheduleRow) throw new AppError('conflict', 'dues_schedule_missing');
    const schedule = domainSchedule(presentSchedule(scheduleRow));
    await ledgerRepository(tx.db).lockSeries(mutualId, 'invoice');
    const members = await dues.membersForDues(mutualId, year.start);
    const invoices: InvoiceToIssue[] = [];
    const withoutTier: { memberId: string; memberName: string }[] = [];
    let already = 0;
    for (const m of members) {
      if (m.invoiced) {
        already++;
        continue;
      }
      const full = annualDues(schedule, {
        sizeClass: sizeClassOf(m.headcount),
        payrollCents: Number(m.annual_payroll_cents),
      });
      if (full === null) {
        withoutTier.push({ memberId: m.id, memberName: m.legal_name });
        continue;
      }
      const cents = duesForYear(full, schedule, year, m.joined_on);
      if (cents <= 0) continue;
      const prorated = cents !== full;
      invoices.push({
        memberId: m.id,
        lines: [
          {
            kind: 'dues',
            descriptionFr: `Cotisation annuelle ${year.label}${prorated ? ` (au prorata depuis l’adhésion le ${m.joined_on})` : ''}`,
            descriptionEn: `Membership dues ${year.label}${prorated ? ` (pro-rated from joining on ${m.joined_on})` : ''}`,
            duesYearStart: year.start,
            quantity: 1,
            grossCents: cents,
          },
        ],
      });
    }
    const ids = await issueInvoices(
      tx.db,
      { mutualId, settings, issuedOn, createdBy: caller.userId, now, links: deps.config, email: true },
      invoices,
    );
    const created = await billingRepository(tx.db).findMany(mutualId, ids);
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'dues.invoice',
      entityType: 'mutual',
      entityId: mutualId,
      change: { year: year.label, invoices: ids.length },
    });
    return {
      fiscalYear: year.label,
      invoiced: ids.length,
      totalCents: created.reduce((s, i) => s + Number(i.total_cents), 0),
      alreadyInvoiced: already,
      withoutTier,
    };
  });
}

import type { AnnualReport } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { ensureBooks, fiscalYearAt } from '../finance/index.ts';
import { buildAnnualReport } from './annual-report.ts';
import { reportRepository } from './repository.ts';

/** Records that the report of a fiscal year that has ended was sent to the ministry. */
export async function submitAnnualReport(
  deps: Deps,
  caller: Caller,
  input: { fiscalYearStart: string; submittedOn?: string },
): Promise<AnnualReport> {
  const mutualId = mutualOf(caller);
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const settings = await ensureBooks(tx.db, mutualId);
    const year = fiscalYearAt(settings, input.fiscalYearStart);
    if (year.start !== input.fiscalYearStart)
      throw invalid('fiscalYearStart', 'not_fiscal_year_start', { start: year.start });
    if (year.end >= today) throw new AppError('conflict', 'fiscal_year_not_ended', { params: { label: year.label } });
    const repo = reportRepository(tx.db);
    if ((await repo.reportState(mutualId, year.start))?.status === 'submitted')
      throw new AppError('conflict', 'report_already_sent', { params: { label: year.label } });
    await repo.saveReportState({
      mutual_id: mutualId,
      fiscal_year_start: year.start,
      status: 'submitted',
      submitted_on: input.submittedOn ?? today,
      submitted_by: caller.userId,
      updated_at: deps.now().toISOString(),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'annual_report.submit',
      entityType: 'annual_report',
      entityId: null,
      change: input,
    });
    return buildAnnualReport(tx.db, mutualId, year, today);
  });
}

import type { AnnualReport } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { invalid } from '../errors.ts';
import { ensureBooks, fiscalYearAt } from '../finance/index.ts';
import { buildAnnualReport, reportYearAt } from './annual-report.ts';

/** The annual report of a fiscal year (default: the one due next), for the coordinator and the board. */
export async function getAnnualReport(
  deps: Deps,
  caller: Caller,
  query: { fiscalYearStart?: string },
): Promise<AnnualReport> {
  const mutualId = mutualOf(caller);
  const today = todayInMontreal(deps.now());
  const settings = await ensureBooks(deps.db, mutualId);
  const year = query.fiscalYearStart
    ? fiscalYearAt(settings, query.fiscalYearStart)
    : await reportYearAt(deps.db, mutualId, today);
  if (query.fiscalYearStart && year.start !== query.fiscalYearStart)
    throw invalid('fiscalYearStart', 'not_fiscal_year_start', { start: year.start });
  return buildAnnualReport(deps.db, mutualId, year, today);
}

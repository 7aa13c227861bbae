import { todayInMontreal } from '@mutualis/domain/dates';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { buildAnnualReport, reportYearAt } from './annual-report.ts';

/** The countdown of the dashboard: the report due next, its due date, days left and how many checks still fail. */
export async function getReportDeadline(deps: Deps, caller: Caller) {
  const mutualId = mutualOf(caller);
  const today = todayInMontreal(deps.now());
  const year = await reportYearAt(deps.db, mutualId, today);
  const report = await buildAnnualReport(deps.db, mutualId, year, today);
  return {
    fiscalYear: year.label,
    fiscalYearStart: year.start,
    dueOn: report.dueOn,
    daysLeft: report.daysLeft,
    status: report.status,
    missing: report.checks.filter((c) => c.count > 0).length,
  };
}

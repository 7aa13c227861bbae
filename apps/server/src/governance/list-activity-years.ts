import { type ActivityYear, pageOf } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { EDUCATION_LEVELS } from '@mutualis/domain/reference/people';
import type { Caller, Deps } from '../caller.ts';
import { governanceMutualOf } from './governance-access.ts';
import { scorecardRepository } from './scorecard-repository.ts';

const LOW_SKILLED = EDUCATION_LEVELS.filter((e) => e.lowSkilled).map((e) => e.code);

/** The firms and workers reached each year, newest first: the annual report's figures where entered, else Mutualis's sessions. */
export async function listActivityYears(deps: Deps, caller: Caller, query: { page: number; pageSize: number }) {
  const mutualId = governanceMutualOf(caller);
  const year = Number(todayInMontreal(deps.now()).slice(0, 4));
  const repo = scorecardRepository(deps.db);
  const [reports, sessions] = await Promise.all([
    repo.activityYears([mutualId], 1990, year),
    repo.reachFromSessions([mutualId], 1990, year, LOW_SKILLED),
  ]);
  const byYear = new Map<number, ActivityYear>();
  for (const s of sessions) {
    byYear.set(s.year, {
      year: s.year,
      firmsServed: s.firms,
      microSmallFirmsServed: s.micro_small,
      workersServed: s.workers,
      lowSkilledWorkersServed: s.low_skilled,
      source: 'mutualis',
    });
  }
  for (const r of reports) {
    byYear.set(r.year, {
      year: r.year,
      firmsServed: r.firms_served,
      microSmallFirmsServed: r.micro_small_firms_served,
      workersServed: r.workers_served,
      lowSkilledWorkersServed: r.low_skilled_workers_served,
      source: 'report',
    });
  }
  const all = [...byYear.values()].sort((a, b) => b.year - a.year);
  const start = (query.page - 1) * query.pageSize;
  return pageOf(all.slice(start, start + query.pageSize), all.length, query);
}

import { type ActivityYear, pageOf } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { EDUCATION_LEVELS } from '@mutualis/domain/reference/people';
import type { Caller, Deps } from '../caller.ts';
import { dataVersionsOf, versionKeyOf } from '../db/data-versions.ts';
import { governanceMutualOf } from './governance-access.ts';
import { scorecardRepository } from './scorecard-repository.ts';

const LOW_SKILLED = EDUCATION_LEVELS.filter((e) => e.lowSkilled).map((e) => e.code);

/**
 * The firms and workers reached each year, newest first: the annual report's figures where entered,
 * else Mutualis's sessions. The reach from sessions is kept per version of the mutual's evidence data
 * (decision 82): it is read from session_reach, kept from enrolments, sessions and employees, and
 * from members' sizes, all of which give the mutual a new evidence version when written (0061).
 */
export async function listActivityYears(deps: Deps, caller: Caller, query: { page: number; pageSize: number }) {
  const mutualId = governanceMutualOf(caller);
  const year = Number(todayInMontreal(deps.now()).slice(0, 4));
  const repo = scorecardRepository(deps.db);
  // the version is read before the data: a write committed after it shows as a new version next time
  const { evidence } = await dataVersionsOf(deps.db, mutualId);
  const [reports, sessions] = await Promise.all([
    repo.activityYears([mutualId], 1990, year),
    deps.keptPages.answerOf(JSON.stringify(['activity-reach', mutualId]), versionKeyOf([evidence], year), () =>
      repo.reachFromSessions([mutualId], 1990, year, LOW_SKILLED),
    ),
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

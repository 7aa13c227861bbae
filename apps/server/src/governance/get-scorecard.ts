import type { Scorecard } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { INDICATOR_KEYS, type IndicatorKey, type Threshold } from '@mutualis/domain/governance/scorecard';
import type { Caller, Deps } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { notFound } from '../errors.ts';
import { buildScorecard } from './build-scorecard.ts';
import { governanceMutualOf } from './governance-access.ts';
import { gatherMutualYearFacts } from './mutual-year-facts.ts';
import { scorecardRepository } from './scorecard-repository.ts';

/** The board's thresholds of a mutual (indicators it did not set keep their default). */
export async function thresholdsOf(db: Db, mutualId: string): Promise<Map<IndicatorKey, Threshold>> {
  const rows = await scorecardRepository(db).thresholds(mutualId);
  return new Map(
    rows
      .filter((r) => (INDICATOR_KEYS as readonly string[]).includes(r.indicator))
      .map((r) => [r.indicator as IndicatorKey, { green: Number(r.green), amber: Number(r.amber) }]),
  );
}

/**
 * A mutual's scorecard for `year` (default this year) with trajectories from `from` (default nine
 * years before). `outside`: seen by a funder or researcher, so small cells are suppressed.
 */
export async function scorecardOf(
  db: Db,
  mutualId: string,
  options: { today: string; year?: number; from?: number; outside: boolean },
): Promise<Scorecard> {
  const thisYear = Number(options.today.slice(0, 4));
  const year = Math.min(options.year ?? thisYear, thisYear);
  const from = Math.min(options.from ?? year - 9, year);
  const [[mutual], thresholds, facts] = await Promise.all([
    scorecardRepository(db).mutuals([mutualId]),
    thresholdsOf(db, mutualId),
    gatherMutualYearFacts(db, [mutualId], from, thisYear, options.today, { consentingOnly: options.outside }),
  ]);
  if (!mutual) throw notFound('mutual');
  return buildScorecard(mutual, facts.get(mutualId) ?? [], thresholds, year, options.outside);
}

/** The caller's mutual's scorecard (coordinator or board viewer). */
export async function getScorecard(
  deps: Deps,
  caller: Caller,
  query: { year?: number; from?: number },
): Promise<Scorecard> {
  return scorecardOf(deps.db, governanceMutualOf(caller), {
    today: todayInMontreal(deps.now()),
    ...query,
    outside: false,
  });
}

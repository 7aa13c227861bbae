import type { ActivityYear, SaveActivityYear } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid } from '../errors.ts';
import { coordinatorMutualOf } from './governance-access.ts';
import { scorecardRepository } from './scorecard-repository.ts';

/** Saves a year's reach from the annual activity report (s.16); it takes the place of the figures computed from sessions. */
export async function saveActivityYear(deps: Deps, caller: Caller, input: SaveActivityYear): Promise<ActivityYear> {
  const mutualId = coordinatorMutualOf(caller);
  const now = deps.now();
  if (input.year > Number(todayInMontreal(now).slice(0, 4))) throw invalid('year', 'year_to_come');
  return inTransaction(deps, async (tx) => {
    await scorecardRepository(tx.db).saveActivityYear(
      mutualId,
      {
        year: input.year,
        firms_served: input.firmsServed,
        micro_small_firms_served: input.microSmallFirmsServed,
        workers_served: input.workersServed,
        low_skilled_workers_served: input.lowSkilledWorkersServed,
      },
      caller.userId,
      now.toISOString(),
    );
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'activity_year.save',
      entityType: 'activity_year',
      entityId: String(input.year),
      change: input,
    });
    return { ...input, source: 'report' };
  });
}

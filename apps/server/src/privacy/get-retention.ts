import type { RetentionAnswer } from '@mutualis/contracts';
import {
  nextPurgeAt,
  periodsInForce,
  RETENTION_KEPT,
  RETENTION_KINDS,
  RETENTION_RULES,
} from '@mutualis/domain/privacy/retention';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { retentionRepository } from './retention-repository.ts';

/** How many of the last purges the coordinator sees. */
const RUNS_SHOWN = 10;

/** The mutual's retention periods, what is never purged, the next daily purge and what the last ones purged. */
export async function getRetention(deps: Deps, caller: Caller): Promise<RetentionAnswer> {
  return retentionOf(deps, mutualOf(caller));
}

export async function retentionOf(deps: Deps, mutualId: string): Promise<RetentionAnswer> {
  const repo = retentionRepository(deps.db);
  const own = Object.fromEntries((await repo.periods(mutualId)).map((p) => [p.kind, p.months]));
  const periods = periodsInForce(own);
  return {
    periods: RETENTION_KINDS.map((kind) => ({
      kind,
      months: periods[kind],
      defaultMonths: RETENTION_RULES[kind].defaultMonths,
      minMonths: RETENTION_RULES[kind].minMonths,
      maxMonths: RETENTION_RULES[kind].maxMonths,
      own: own[kind] !== undefined,
    })),
    kept: [...RETENTION_KEPT],
    nextRunAt: nextPurgeAt(deps.now()),
    runs: (await repo.runs(mutualId, RUNS_SHOWN)).map((r) => ({
      ranAt: new Date(r.ran_at).toISOString(),
      counts: r.counts,
    })),
  };
}

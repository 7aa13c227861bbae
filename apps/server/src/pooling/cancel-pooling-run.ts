import type { PoolingRunDetail } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import type { Caller, Deps } from '../caller.ts';
import { AppError } from '../errors.ts';
import { getPoolingRun } from './get-pooling-run.ts';
import { visiblePoolingRun } from './visible-pooling-run.ts';

/** Cancels a queued or running run of the caller's mutual (a running worker is stopped); 409 when it has already ended. */
export async function cancelPoolingRun(
  deps: Deps,
  caller: Caller,
  input: { runId: string },
): Promise<PoolingRunDetail> {
  const run = await visiblePoolingRun(deps, caller, input.runId);
  const done = await deps.poolingRuns.cancel(run.mutual_id, run.id);
  if (!done) throw new AppError('conflict', 'run_already_ended', { params: { status: run.status } });
  await auditRepository(deps.db).record({
    at: deps.now(),
    mutualId: run.mutual_id,
    actorUserId: caller.userId,
    action: 'pooling_run.cancel',
    entityType: 'pooling_run',
    entityId: run.id,
    change: { from: run.status },
  });
  return getPoolingRun(deps, caller, input);
}

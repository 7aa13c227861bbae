import type { PoolingRunDetail } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentRunDetail } from './present.ts';
import { visiblePoolingRun } from './visible-pooling-run.ts';

/** One run: status, progress (polled while it is active), its plan and the names behind its ids. */
export async function getPoolingRun(deps: Deps, caller: Caller, input: { runId: string }): Promise<PoolingRunDetail> {
  return presentRunDetail(deps.db, await visiblePoolingRun(deps, caller, input.runId));
}

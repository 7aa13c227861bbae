import type { PoolingRunInput } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { visiblePoolingRun } from './visible-pooling-run.ts';

/** The stored input of a run, exactly as the solver contract defines it, and the pins and excludes applied to it. */
export async function getPoolingProblem(
  deps: Deps,
  caller: Caller,
  input: { runId: string },
): Promise<PoolingRunInput> {
  const row = await visiblePoolingRun(deps, caller, input.runId);
  return { problem: row.problem, adjustments: row.adjustments };
}

import type { PoolingComparison } from '@mutualis/contracts';
import {
  comparePlans,
  type PlanJson,
  type PlanTotalsJson,
  poolingRunHasPlan,
} from '@mutualis/domain/pooling-runs/index';
import type { Caller, Deps } from '../caller.ts';
import { AppError } from '../errors.ts';
import { presentPlanNames, presentRunSummary } from './present.ts';
import { visiblePoolingRun } from './visible-pooling-run.ts';

type Plan = PlanJson & { totals: PlanTotalsJson };

/** Two runs side by side: totals with differences and the sessions each has that the other lacks; 409 when one has no plan. */
export async function comparePoolingRuns(
  deps: Deps,
  caller: Caller,
  input: { a: string; b: string },
): Promise<PoolingComparison> {
  const [ra, rb] = await Promise.all([
    visiblePoolingRun(deps, caller, input.a),
    visiblePoolingRun(deps, caller, input.b),
  ]);
  for (const r of [ra, rb])
    if (!poolingRunHasPlan(r.status) || !r.plan)
      throw new AppError('conflict', 'run_has_no_plan', { params: { id: r.id, status: r.status } });
  const cmp = comparePlans(ra.plan as Plan, rb.plan as Plan);
  return {
    a: presentRunSummary(ra),
    b: presentRunSummary(rb),
    ...cmp,
    names: await presentPlanNames(deps.db, ra.mutual_id, [ra, rb]),
  };
}

import { InvalidPoolingProblemError, parsePoolingProblem } from '@mutualis/domain/pooling/index';
import {
  type Adjustments,
  applyAdjustments,
  InvalidAdjustmentError,
  type ProblemJson,
} from '@mutualis/domain/pooling-runs/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { invalid, invalidFields } from '../errors.ts';
import { poolingRepository } from './repository.ts';

/** A run to store and queue: its problem, the pins and excludes applied to it, where it came from. */
export interface RunToQueue {
  label: string | null;
  sourceRunId: string | null;
  request: Record<string, unknown>;
  problem: ProblemJson;
  adjustments: Adjustments;
  /** Each need's state when the problem was built (a plan on changed needs is stale). */
  needsSnapshot: Record<string, string>;
}

/** Checks that the solver will accept the problem; a bad one is a 400 naming the field and id. */
function assertSolvable(problem: ProblemJson, adjustments: Adjustments) {
  let adjusted: ProblemJson;
  try {
    adjusted = applyAdjustments(problem, adjustments).problem;
  } catch (error) {
    if (error instanceof InvalidAdjustmentError) throw invalid(error.field, error.code, error.params);
    throw error;
  }
  try {
    parsePoolingProblem(adjusted);
  } catch (error) {
    if (error instanceof InvalidPoolingProblemError) {
      // the problem is built by the server from the mutual's records: what the solver says of it stays technical (English)
      const fields = error.issues.slice(0, 20).map((i) => ({
        field: `problem.${i.path}`,
        code: 'pooling_problem_issue' as const,
        params: { detail: i.message },
      }));
      throw invalidFields(fields);
    }
    throw error;
  }
}

/**
 * Stores a run of the caller's mutual as queued (with its audit entry) and hands it to the
 * pooling-run queue, which solves it in a worker thread; returns the run id. Shared by a new run
 * and a re-run.
 */
export async function queuePoolingRun(deps: Deps, caller: Caller, run: RunToQueue): Promise<string> {
  const mutualId = mutualOf(caller);
  assertSolvable(run.problem, run.adjustments);
  const created = await inTransaction(deps, async (tx) => {
    const row = await poolingRepository(tx.db).createRun({
      ...run,
      mutualId,
      createdBy: caller.userId,
      adjustments: run.adjustments as Record<string, unknown>,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: run.sourceRunId ? 'pooling_run.rerun' : 'pooling_run.start',
      entityType: 'pooling_run',
      entityId: row.id,
      change: {
        sourceRunId: run.sourceRunId,
        needs: run.problem.needs.length,
        offers: run.problem.offers.length,
        periods: run.problem.periods,
        policy: run.problem.policy ?? {},
      },
    });
    return row;
  });
  deps.poolingRuns.enqueue(created.id, mutualId);
  return created.id;
}

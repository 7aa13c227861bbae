// Runs one pooling problem in a worker thread so that the server stays responsive: applies the
// coordinator's pins and excludes, solves, maps the plan back, and reports progress as it goes.
import { parentPort, workerData } from 'node:worker_threads';
import { InvalidPoolingProblemError, solvePooling } from '@mutualis/domain/pooling/index';
import {
  type Adjustments,
  applyAdjustments,
  type PlanJson,
  type ProblemJson,
} from '@mutualis/domain/pooling-runs/index';

export type PoolingWorkerMessage =
  | { type: 'progress'; progress: Record<string, unknown> }
  | { type: 'done'; plan: Record<string, unknown> }
  | { type: 'failed'; message: string };

const { problem, adjustments } = workerData as { problem: ProblemJson; adjustments: Adjustments };
const post = (m: PoolingWorkerMessage) => parentPort?.postMessage(m);

try {
  const adjusted = applyAdjustments(problem, adjustments);
  const plan = await solvePooling(adjusted.problem, {
    onProgress: (p) => post({ type: 'progress', progress: { ...p } }),
  });
  post({ type: 'done', plan: adjusted.restorePlan(plan as unknown as PlanJson) });
} catch (error) {
  const message =
    error instanceof InvalidPoolingProblemError
      ? `invalid problem: ${error.message}`
      : error instanceof Error
        ? error.message
        : String(error);
  post({ type: 'failed', message });
}

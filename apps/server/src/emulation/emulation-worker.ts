// Runs an emulation scenario in a worker thread: for each participation level, draws the synthetic
// members and needs, solves them with the real pooling engine, and reads the plan back.
import { parentPort, workerData } from 'node:worker_threads';
import {
  type EmulationAssumptions,
  type EmulationPoint,
  emulationPoint,
  emulationProblem,
  type FirmCount,
} from '@mutualis/domain/governance/emulation';
import { solvePooling } from '@mutualis/domain/pooling/index';

export type EmulationWorkerMessage =
  | { type: 'done'; points: EmulationPoint[]; milliseconds: number }
  | { type: 'failed'; message: string };

const { counts, assumptions, levels } = workerData as {
  counts: FirmCount[];
  assumptions: EmulationAssumptions;
  levels: number[];
};
const started = Date.now();
try {
  const points: EmulationPoint[] = [];
  for (const rate of levels) {
    const generated = emulationProblem(counts, assumptions, rate);
    if (generated.problem.needs.length === 0) {
      points.push(
        emulationPoint(
          rate,
          { ...generated, needs: 0 },
          { sessions: [], totals: { cost: 0, standaloneCost: 0, savings: 0, seatsServed: 0 } },
          assumptions,
        ),
      );
      continue;
    }
    const plan = await solvePooling(generated.problem as never);
    points.push(
      emulationPoint(rate, { ...generated, needs: generated.problem.needs.length }, plan as never, assumptions),
    );
  }
  parentPort?.postMessage({
    type: 'done',
    points,
    milliseconds: Date.now() - started,
  } satisfies EmulationWorkerMessage);
} catch (error) {
  parentPort?.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
  } satisfies EmulationWorkerMessage);
}

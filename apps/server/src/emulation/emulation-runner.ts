// Solves a scenario off the request's thread: one worker per run, at most two at once in the
// process (a third caller is asked to try again), stopped if it runs far past its time limits.
import type { EmulationAssumptions, EmulationPoint, FirmCount } from '@mutualis/domain/governance/emulation';
import { AppError } from '../errors.ts';
import { startWorkerThread } from '../worker-thread.ts';
import type { EmulationWorkerMessage } from './emulation-worker.ts';

const workerUrl = new URL('./emulation-worker.ts', import.meta.url);
const MAX_RUNNING = 2;
let running = 0;

/** Runs the scenario at each participation level; resolves with the points and the time spent. */
export async function runEmulationWorker(
  counts: FirmCount[],
  assumptions: EmulationAssumptions,
  levels: number[],
): Promise<{ points: EmulationPoint[]; milliseconds: number }> {
  if (running >= MAX_RUNNING)
    throw new AppError('busy_try_again', 'scenarios_running', { params: { count: MAX_RUNNING } });
  running++;
  const worker = startWorkerThread(workerUrl, { counts, assumptions, levels });
  const limitMs = levels.length * (assumptions.timeLimitSeconds * 1000 + 20_000) + 30_000;
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the engine ran past its time limit')), limitMs);
      worker.once('message', (m: EmulationWorkerMessage) => {
        clearTimeout(timer);
        if (m.type === 'done') resolve({ points: m.points, milliseconds: m.milliseconds });
        else reject(new Error(m.message));
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the engine stopped (exit ${code})`));
      });
    });
  } finally {
    running--;
    await worker.terminate();
  }
}

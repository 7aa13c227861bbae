// Solves queued pooling runs in worker threads. The queue is the pooling_run table: an instance
// claims the oldest queued run of a mutual that has none running (one at a time per mutual),
// holds it with a lease it renews while the solver works, and writes progress to the row, so
// every instance shows the same progress. An instance that dies stops renewing: `recover` puts its
// run back in the queue (or fails it after MAX_ATTEMPTS tries). A stopping instance hands its runs back.
import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import type { Deps, PoolingRunQueue } from '../caller.ts';
import { startWorkerThread } from '../worker-thread.ts';
import type { PoolingWorkerMessage } from './pooling-worker.ts';
import { poolingRepository } from './repository.ts';

const workerUrl = new URL('./pooling-worker.ts', import.meta.url);
/** Progress is written at most this often. */
const PROGRESS_EVERY_MS = 300;
/** Tries of one run before an instance's death fails it rather than queueing it again. */
export const MAX_ATTEMPTS = 2;

export interface PoolingRunnerOptions {
  /** This instance's name in claimed_by (default: a random id per process). */
  instanceId?: string;
  /** How long a claim holds without renewal (real time, ms); renewed every third of it. */
  leaseMs?: number;
  /** Runs solved at once by this instance. */
  concurrency?: number;
}

interface Active {
  runId: string;
  worker?: Worker;
  /** Set when this instance lets go of the run (stop, cancel, lost lease): its end is not written. */
  released: boolean;
}

function percentOf(p: Record<string, unknown>): number {
  const phase = p.phase;
  if (phase === 'done') return 100;
  if (phase === 'sharing costs') return 97;
  const total = Number(p.componentsTotal ?? 0);
  const done = Number(p.componentsDone ?? 0);
  if (phase === 'solving' && total > 0) return Math.round(5 + (90 * done) / total);
  return phase === 'solving' ? 5 : 2;
}

/** The pooling-run queue of this instance (deps.poolingRuns). */
export function createPoolingRunner(
  deps: Omit<Deps, 'poolingRuns'>,
  options: PoolingRunnerOptions = {},
): PoolingRunQueue {
  const repo = poolingRepository(deps.db);
  const instanceId = options.instanceId ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
  const leaseMs = options.leaseMs ?? 30_000;
  const concurrency = options.concurrency ?? 2;
  const active = new Map<string, Active>();
  let draining = 0;
  let stopped = false;
  let idleWaiters: (() => void)[] = [];
  // lease times are real time (several instances' clocks), not the app's (tests freeze it)
  const leaseUntil = () => new Date(Date.now() + leaseMs).toISOString();
  const at = () => deps.now().toISOString();
  const log = (message: string, error?: unknown) => {
    if (deps.config.NODE_ENV !== 'test') console.error(`pooling: ${message}`, error ?? '');
  };

  const checkIdle = () => {
    if (active.size === 0 && draining === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    }
  };

  // In-process dispatch (tests, or before the job queue starts): drain the queue here.
  const drainHere = () => {
    if (stopped || draining >= concurrency) return;
    draining++;
    void (async () => {
      try {
        while (!stopped && (await runNext()));
      } catch (error) {
        log('could not claim a run', error);
      } finally {
        draining--;
        checkIdle();
      }
    })();
  };
  let dispatch: () => void = drainHere;

  async function runNext(): Promise<boolean> {
    if (stopped) return false;
    const run = await repo.claimNext(instanceId, at(), leaseUntil());
    if (!run) return false;
    const slot: Active = { runId: run.id, released: false };
    active.set(run.id, slot);
    try {
      await solve(slot, run);
    } catch (error) {
      log(`run ${run.id} could not be run`, error);
      if (!slot.released) {
        await repo
          .finishRun(run.id, {
            status: 'failed',
            at: at(),
            error: `the run could not start: ${(error as Error).message}`,
            instanceId,
          })
          .catch(() => {});
      }
    } finally {
      active.delete(run.id);
      checkIdle();
    }
    // the mutual's next run may wait for this one
    if (!stopped) dispatch();
    return true;
  }

  async function solve(slot: Active, run: { id: string; problem: unknown; adjustments: unknown }) {
    const runId = run.id;
    const worker = startWorkerThread(workerUrl, { problem: run.problem, adjustments: run.adjustments });
    slot.worker = worker;
    const release = async () => {
      slot.released = true;
      await worker.terminate();
    };

    let latest: Record<string, unknown> | null = null;
    let lastWrite = 0;
    let writing: Promise<void> = Promise.resolve();
    const flush = () => {
      if (!latest) return;
      const progress = latest;
      latest = null;
      lastWrite = Date.now();
      writing = writing
        .then(() => repo.updateProgress(runId, instanceId, progress))
        .catch((error) => log(`progress of ${runId}`, error));
    };
    // renew the lease; a run cancelled or taken over elsewhere is let go of
    const renewal = setInterval(
      () => {
        void repo
          .renewLease(runId, instanceId, leaseUntil())
          .then((held) => (held || slot.released ? undefined : release()))
          .catch((error) => log(`lease of ${runId}`, error));
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );

    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      let ended = false;
      const end = async (outcome: {
        status: 'succeeded' | 'failed';
        plan?: Record<string, unknown>;
        error?: string;
      }) => {
        if (ended) return;
        ended = true;
        clearTimeout(timer);
        clearInterval(renewal);
        latest = null;
        await writing;
        if (!slot.released) {
          const progress =
            outcome.status === 'succeeded'
              ? {
                  ...(outcome.plan?.bound as object),
                  phase: 'done',
                  percent: 100,
                  objective: (outcome.plan?.totals as { objective?: number })?.objective,
                }
              : undefined;
          await repo
            .finishRun(runId, {
              status: outcome.status,
              at: at(),
              plan: outcome.plan,
              error: outcome.error,
              progress,
              instanceId,
            })
            .catch((error) => log(`ending ${runId}`, error));
        }
        resolve();
      };
      worker.on('message', (m: PoolingWorkerMessage) => {
        if (m.type === 'progress') {
          latest = { ...m.progress, percent: percentOf(m.progress) };
          if (Date.now() - lastWrite >= PROGRESS_EVERY_MS) flush();
          else {
            clearTimeout(timer);
            timer = setTimeout(flush, PROGRESS_EVERY_MS);
          }
        } else if (m.type === 'done') void end({ status: 'succeeded', plan: m.plan }).then(() => worker.terminate());
        else void end({ status: 'failed', error: m.message }).then(() => worker.terminate());
      });
      worker.on('error', (error) => void end({ status: 'failed', error: `the solver stopped: ${error.message}` }));
      worker.on('exit', () => void end({ status: 'failed', error: 'the solver stopped without a plan' }));
    });
  }

  return {
    instanceId,
    enqueue() {
      if (!stopped) dispatch();
    },
    runNext,
    async recover(options = {}) {
      // `alone`: no other instance can be solving anything (PGlite at start), every lease is void
      const before = options.alone ? '9999-12-31T00:00:00.000Z' : new Date().toISOString();
      const result = await repo.recoverExpired(before, MAX_ATTEMPTS);
      if (!stopped && (await repo.anyQueued())) dispatch();
      return result;
    },
    setDispatch(next) {
      dispatch = next ?? drainHere;
    },
    async cancel(mutualId, runId) {
      const row = await repo.cancelRun(mutualId, runId, at());
      if (!row) return false;
      // solved here: stop the worker now (another instance sees it at its next lease renewal)
      const slot = active.get(runId);
      if (slot?.worker) {
        slot.released = true;
        await slot.worker.terminate();
      }
      return true;
    },
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        checkIdle();
      });
    },
    async stop() {
      stopped = true;
      const running = [...active.values()];
      for (const slot of running) slot.released = true;
      await Promise.all(running.map((slot) => slot.worker?.terminate()));
      for (const slot of running)
        await repo.handBack(slot.runId, instanceId).catch((error) => log(`handing back ${slot.runId}`, error));
      await new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        checkIdle();
      });
    },
  };
}

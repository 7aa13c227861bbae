// Runs pooling problems in worker threads, one at a time per mutual (the others wait in a queue),
// and keeps each run's status and progress in the pooling_run table as the worker reports.
import type { Worker } from 'node:worker_threads';
import { startWorkerThread } from '../worker-thread.ts';
import { poolingRepository } from './repository.ts';
import type { Deps, PoolingRunQueue } from '../caller.ts';
import type { PoolingWorkerMessage } from './pooling-worker.ts';

const workerUrl = new URL('./pooling-worker.ts', import.meta.url);
/** Progress is written at most this often. */
const PROGRESS_EVERY_MS = 300;


interface Active {
  runId: string;
  worker?: Worker;
  done: Promise<void>;
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

/** The pooling-run queue of this process (deps.poolingRuns): worker threads, one run at a time per mutual. */
export function createPoolingRunner(deps: Omit<Deps, 'poolingRuns'>): PoolingRunQueue {
  const repo = poolingRepository(deps.db);
  const queues = new Map<string, string[]>();
  const active = new Map<string, Active>();
  const cancelled = new Set<string>();
  let stopped = false;
  let idleWaiters: (() => void)[] = [];
  const at = () => deps.now().toISOString();
  const log = (message: string, error?: unknown) => {
    if (deps.config.NODE_ENV !== 'test') console.error(`pooling: ${message}`, error ?? '');
  };

  const checkIdle = () => {
    if (active.size === 0 && [...queues.values()].every((q) => q.length === 0)) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    }
  };

  const pump = (mutualId: string) => {
    if (stopped || active.has(mutualId)) return;
    const runId = queues.get(mutualId)?.shift();
    if (!runId) return checkIdle();
    const slot: Active = { runId, done: Promise.resolve() };
    active.set(mutualId, slot);
    slot.done = start(slot)
      .catch(async (error) => {
        log(`run ${runId} could not be run`, error);
        await repo.finishRun(runId, { status: 'failed', at: at(), error: `the run could not start: ${(error as Error).message}` }).catch(() => {});
      })
      .finally(() => {
        active.delete(mutualId);
        pump(mutualId);
        checkIdle();
      });
  };

  async function start(slot: Active) {
    const { runId } = slot;
    const run = await repo.markRunning(runId, at());
    if (!run || stopped) return;
    const worker = startWorkerThread(workerUrl, { problem: run.problem, adjustments: run.adjustments });
    slot.worker = worker;
    if (cancelled.has(runId)) {
      await worker.terminate();
      return;
    }

    let latest: Record<string, unknown> | null = null;
    let lastWrite = 0;
    let writing: Promise<void> = Promise.resolve();
    const flush = () => {
      if (!latest) return;
      const progress = latest;
      latest = null;
      lastWrite = Date.now();
      writing = writing.then(() => repo.updateProgress(runId, progress)).catch((error) => log(`progress of ${runId}`, error));
    };

    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      let ended = false;
      const end = async (outcome: { status: 'succeeded' | 'failed'; plan?: Record<string, unknown>; error?: string }) => {
        if (ended) return;
        ended = true;
        clearTimeout(timer);
        latest = null;
        await writing;
        if (!cancelled.has(runId)) {
          const progress = outcome.status === 'succeeded' ? { ...(outcome.plan?.bound as object), phase: 'done', percent: 100, objective: (outcome.plan?.totals as { objective?: number })?.objective } : undefined;
          await repo.finishRun(runId, { status: outcome.status, at: at(), plan: outcome.plan, error: outcome.error, progress }).catch((error) => log(`ending ${runId}`, error));
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
      worker.on('exit', () => void end({ status: 'failed', error: cancelled.has(runId) ? 'cancelled' : 'the solver stopped without a plan' }));
    });
  }

  return {
    enqueue(runId, mutualId) {
      if (stopped) return;
      queues.set(mutualId, [...(queues.get(mutualId) ?? []), runId]);
      pump(mutualId);
    },
    async cancel(mutualId, runId) {
      const row = await repo.cancelRun(mutualId, runId, at());
      if (!row) return false;
      cancelled.add(runId);
      const queue = queues.get(mutualId);
      if (queue?.includes(runId)) queues.set(mutualId, queue.filter((id) => id !== runId));
      const running = active.get(mutualId);
      if (running?.runId === runId && running.worker) await running.worker.terminate();
      checkIdle();
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
      queues.clear();
      const running = [...active.values()];
      for (const a of running) cancelled.add(a.runId);
      await Promise.all(running.map((a) => a.worker?.terminate()));
      for (const a of running) await repo.finishRun(a.runId, { status: 'failed', at: at(), error: 'the server stopped during the run' }).catch(() => {});
      await Promise.all(running.map((a) => a.done));
      checkIdle();
    },
  };
}

/** At start: runs a previous process left queued or running are marked failed (nobody solves them any more). */
export async function failInterruptedPoolingRuns(deps: Deps) {
  return poolingRepository(deps.db).failUnfinishedRuns(deps.now().toISOString(), 'interrupted: the server stopped during the run');
}

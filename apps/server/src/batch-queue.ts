// Group commit: requests for the same thing (a key, e.g. one session's enrolments) that arrive while
// a batch of them is being served wait here, and the next batch serves all of them at once. One
// queue per process (deps.ts); across processes the database's row lock still serialises batches.
import type { BatchQueue, BatchResult } from './caller.ts';

interface Waiting {
  item: unknown;
  serve: (items: readonly unknown[]) => Promise<readonly BatchResult<unknown>[]>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * A per-key queue: the first request of a key is served at once (a batch of one); those that
 * arrive meanwhile wait and are served together, in arrival order, by the next batch (at most
 * `maxBatch` at a time). A request is answered when its batch's `serve` has finished (committed):
 * with its own result or its own error; when `serve` itself fails, every request of that batch
 * gets that error and the queue goes on with the next batch.
 */
export function createBatchQueue(options: { maxBatch?: number } = {}): BatchQueue {
  const maxBatch = options.maxBatch ?? 500;
  const queues = new Map<string, Waiting[]>();

  async function drain(key: string, queue: Waiting[]) {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        const results = await batch[0].serve(batch.map((w) => w.item));
        if (results.length !== batch.length) throw new Error(`batch of ${batch.length} answered ${results.length}`);
        for (const [i, w] of batch.entries()) {
          const r = results[i];
          if (r.ok) w.resolve(r.value);
          else w.reject(r.error);
        }
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    queues.delete(key);
  }

  return {
    run<I, R>(key: string, item: I, serve: (items: readonly I[]) => Promise<readonly BatchResult<R>[]>): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        const waiting: Waiting = {
          item,
          serve: serve as Waiting['serve'],
          resolve: resolve as (value: unknown) => void,
          reject,
        };
        const queue = queues.get(key);
        if (queue) {
          queue.push(waiting);
          return;
        }
        const fresh = [waiting];
        queues.set(key, fresh);
        void drain(key, fresh);
      });
    },
    waiting(key: string) {
      return queues.get(key)?.length ?? 0;
    },
  };
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createBatchQueue } from '../src/batch-queue.ts';
import type { BatchResult } from '../src/caller.ts';

// The batch queue (decision 65): requests of one key that arrive while a batch runs are served by the
// next batch, together, in arrival order; each gets its own answer; batches of a key never overlap.

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('batch queue', () => {
  it('given requests arriving at random on two keys, some refused alone and some batches failing whole, then each request gets its own answer, in arrival order per key, batches of a key never overlap and hold at most the maximum', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            key: fc.constantFrom('a', 'b'),
            gapMs: fc.integer({ min: 0, max: 3 }),
            refused: fc.boolean(),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 4 }),
        async (arrivals, maxBatch, failEvery) => {
          const queue = createBatchQueue({ maxBatch });
          const served: Record<string, number[]> = { a: [], b: [] };
          const running: Record<string, boolean> = { a: false, b: false };
          const failedBatches = new Set<number>();
          let batchCount = 0;
          const serve = (key: string) => async (items: readonly number[]) => {
            assert.equal(running[key], false, 'two batches of one key at once');
            assert.ok(items.length >= 1 && items.length <= maxBatch);
            running[key] = true;
            const batch = ++batchCount;
            await pause(items.length % 3);
            running[key] = false;
            served[key].push(...items);
            if (failEvery > 0 && batch % failEvery === 0) {
              for (const i of items) failedBatches.add(i);
              throw new Error(`batch ${batch} failed`);
            }
            return items.map(
              (i): BatchResult<number> =>
                arrivals[i].refused ? { ok: false, error: `refused ${i}` } : { ok: true, value: i * 10 },
            );
          };
          const answers: Promise<{ ok: boolean; value: unknown }>[] = [];
          for (const [i, a] of arrivals.entries()) {
            if (a.gapMs > 0) await pause(a.gapMs);
            answers.push(
              queue.run(a.key, i, serve(a.key)).then(
                (value) => ({ ok: true, value }),
                (error: unknown) => ({ ok: false, value: error instanceof Error ? 'batch failed' : error }),
              ),
            );
          }
          const settled = await Promise.all(answers);
          for (const [i, a] of arrivals.entries()) {
            const expected = failedBatches.has(i)
              ? { ok: false, value: 'batch failed' }
              : a.refused
                ? { ok: false, value: `refused ${i}` }
                : { ok: true, value: i * 10 };
            assert.deepEqual(settled[i], expected, `request ${i}`);
          }
          for (const key of ['a', 'b']) {
            const arrived = arrivals.flatMap((a, i) => (a.key === key ? [i] : []));
            assert.deepEqual(served[key], arrived, `key ${key} served in arrival order`);
            assert.equal(queue.waiting(key), 0);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('given a batch under way, then the requests that arrive meanwhile are served together by the next batch', async () => {
    const queue = createBatchQueue();
    const batches: number[][] = [];
    const serve = async (items: readonly number[]) => {
      batches.push([...items]);
      await pause(20);
      return items.map((i): BatchResult<number> => ({ ok: true, value: i }));
    };
    const first = queue.run('k', 0, serve);
    const rest = Array.from({ length: 5 }, (_, i) => queue.run('k', i + 1, serve));
    assert.equal(queue.waiting('k'), 5);
    assert.deepEqual(await Promise.all([first, ...rest]), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual(batches, [[0], [1, 2, 3, 4, 5]]);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImpactDashboard } from '@mutualis/domain/impact/dashboard';
import type { KeptEvidenceDashboard } from '../src/caller.ts';
import { createEvidenceDashboardCache, dashboardKeyOf } from '../src/evidence/dashboard-cache.ts';

// The evidence dashboard cache (evidence/dashboard-cache.ts) answers from a kept answer only when
// it was computed under the same key: the mutual's data version, the day, the window and the firms.
function countingCompute() {
  let runs = 0;
  const compute = async (): Promise<KeptEvidenceDashboard> => {
    runs++;
    return { dashboard: { computed: runs } as unknown as ImpactDashboard, firmsIncluded: 3 };
  };
  return { compute, runs: () => runs };
}

const key = (version: string | null, over: { asOf?: string; windowStart?: string; filter?: Set<string> } = {}) =>
  dashboardKeyOf(version, over.asOf ?? '2026-11-20', over.windowStart, over.filter ?? null);

describe('evidence dashboard cache: by data version, day, window and firms', () => {
  it('given the same key, then the answer is computed once and the kept answer is given', async () => {
    const { compute, runs } = countingCompute();
    const cache = createEvidenceDashboardCache();
    const first = await cache.dashboardOf('mutual-a/all_firms/', key('7'), compute);
    const second = await cache.dashboardOf('mutual-a/all_firms/', key('7'), compute);
    assert.equal(runs(), 1);
    assert.equal(second, first);
  });

  it('given a new version, day, window or set of firms, then the answer is computed again', async () => {
    const { compute, runs } = countingCompute();
    const cache = createEvidenceDashboardCache();
    await cache.dashboardOf('s', key('7'), compute);
    const changes = [
      key('8'),
      key('8', { asOf: '2026-11-21' }),
      key('8', { asOf: '2026-11-21', windowStart: '2024-01-01' }),
      key('8', { asOf: '2026-11-21', windowStart: '2024-01-01', filter: new Set(['m1', 'm2']) }),
      key('8', { asOf: '2026-11-21', windowStart: '2024-01-01', filter: new Set(['m1']) }),
    ];
    for (const [i, k] of changes.entries()) {
      const answer = await cache.dashboardOf('s', k, compute);
      assert.equal((answer.dashboard as unknown as { computed: number }).computed, i + 2, String(k));
    }
    assert.equal(new Set([key('7'), ...changes]).size, changes.length + 1);
    assert.equal(
      key('1', { filter: new Set(['b', 'a']) }),
      key('1', { filter: new Set(['a', 'b']) }),
      'the firms, whatever their order',
    );
    assert.equal(runs(), changes.length + 1);
  });

  it('given no data version (null key), then the answer is computed every time and not kept', async () => {
    const { compute, runs } = countingCompute();
    const cache = createEvidenceDashboardCache();
    assert.equal(key(null), null);
    await cache.dashboardOf('s', null, compute);
    await cache.dashboardOf('s', null, compute);
    assert.equal(runs(), 2);
  });

  it('given two requests at once, then they share one computation; a failed one is not kept', async () => {
    const { compute, runs } = countingCompute();
    const cache = createEvidenceDashboardCache();
    const [a, b] = await Promise.all([
      cache.dashboardOf('s', key('1'), compute),
      cache.dashboardOf('s', key('1'), compute),
    ]);
    assert.equal(a, b);
    assert.equal(runs(), 1);
    const failing = async (): Promise<KeptEvidenceDashboard> => {
      throw new Error('database gone');
    };
    await assert.rejects(cache.dashboardOf('t', key('1'), failing), /database gone/);
    await new Promise((r) => setImmediate(r));
    await cache.dashboardOf('t', key('1'), compute);
    assert.equal(runs(), 2, 'the failure was forgotten');
  });

  it('given two mutuals (or audiences) in their own slots, then each gets its own answer', async () => {
    const { compute } = countingCompute();
    const cache = createEvidenceDashboardCache();
    const a = await cache.dashboardOf('mutual-a/all_firms/', key('1'), compute);
    const b = await cache.dashboardOf('mutual-b/all_firms/', key('1'), compute);
    assert.notEqual(a, b);
    assert.equal(await cache.dashboardOf('mutual-a/all_firms/', key('1'), compute), a);
    assert.equal(await cache.dashboardOf('mutual-b/all_firms/', key('1'), compute), b);
  });

  it('given more than 32 slots, then the least recently used is forgotten; forget() empties the cache', async () => {
    const { compute, runs } = countingCompute();
    const cache = createEvidenceDashboardCache();
    for (let i = 0; i < 33; i++) await cache.dashboardOf(`slot-${i}`, key('1'), compute);
    assert.equal(runs(), 33);
    await cache.dashboardOf('slot-32', key('1'), compute);
    assert.equal(runs(), 33, 'the newest slot is kept');
    await cache.dashboardOf('slot-0', key('1'), compute);
    assert.equal(runs(), 34, 'the oldest slot was forgotten');
    cache.forget();
    await cache.dashboardOf('slot-32', key('1'), compute);
    assert.equal(runs(), 35);
  });
});

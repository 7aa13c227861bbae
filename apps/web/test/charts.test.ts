import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartColor, niceTicks } from '../src/components/charts.tsx';

// The app's own charts (issue #15: recharts left the dashboard): the axis and the colours.

describe('charts', () => {
  it('puts round ticks from 0 to at least the largest value', () => {
    assert.deepEqual(niceTicks(31), [0, 10, 20, 30, 40]);
    assert.deepEqual(niceTicks(18), [0, 5, 10, 15, 20]);
    assert.deepEqual(niceTicks(5), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual(niceTicks(0), [0, 1]);
    assert.deepEqual(niceTicks(441_870), [0, 100_000, 200_000, 300_000, 400_000, 500_000]);
    for (const max of [0.7, 3, 12, 99, 1234, 98_765]) {
      const ticks = niceTicks(max);
      assert.equal(ticks[0], 0);
      assert.ok(ticks[ticks.length - 1] >= max, `${max}: ${ticks}`);
      assert.ok(ticks.length >= 3 && ticks.length <= 8, `${max}: ${ticks}`);
    }
  });

  it("reads Mantine colours as the theme's CSS variables", () => {
    assert.equal(chartColor('blue.7'), 'var(--mantine-color-blue-7)');
    assert.equal(chartColor('mutualis.8'), 'var(--mantine-color-mutualis-8)');
    assert.equal(chartColor('#123456'), '#123456');
  });
});

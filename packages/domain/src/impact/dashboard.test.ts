import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { warmUpDashboard } from './dashboard.ts';

describe('the dashboard warm-up (run once after a start to compile the engine)', () => {
  it('given its made-up mutual, then every employee estimate is computed (not refused), so every step of the engine runs', () => {
    const d = warmUpDashboard();
    assert.ok((d.cohort.trained ?? 0) > 500 && (d.cohort.comparison ?? 0) > 500);
    for (const effect of [d.wageGrowth, d.retention.effect12, d.retention.effect24, d.promotion.effect12]) {
      assert.equal(effect.primary.status, 'estimated');
      assert.ok(effect.checks.every((c) => c.status === 'estimated'));
    }
    assert.equal(d.retention.curves.length, 2);
    assert.equal(d.roi.status, 'estimated');
  });
});

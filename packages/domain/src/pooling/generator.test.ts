import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultGeneratorOptions, generatePoolingProblem } from './generator.ts';
import { parsePoolingProblem } from './problem.ts';

describe('generatePoolingProblem', () => {
  it('given the same seed, generates the same valid problem; another seed, another problem', () => {
    const options = defaultGeneratorOptions({
      seed: 5,
      needs: 200,
      offers: 40,
      periods: 4,
      regions: 5,
      topics: 8,
      members: 50,
    });
    const a = generatePoolingProblem(options);
    assert.deepEqual(a, generatePoolingProblem(options));
    assert.notDeepEqual(a, generatePoolingProblem({ ...options, seed: 6 }));
    const p = parsePoolingProblem(a);
    assert.equal(p.needs.length, 200);
    assert.equal(p.offers.length, 40);
    assert.equal(new Set(p.offers.map((o) => o.topic)).size, 8);
  });

  it('given maxNeedPeriods, needs accept 1 to that many consecutive periods; the default (3) draws the same problem as before the option', () => {
    const options = defaultGeneratorOptions({ seed: 3, needs: 400, offers: 40, periods: 12, regions: 4 });
    assert.deepEqual(generatePoolingProblem({ ...options, maxNeedPeriods: 3 }), generatePoolingProblem(options));
    const wide = parsePoolingProblem(generatePoolingProblem({ ...options, maxNeedPeriods: 6 }));
    const spans = wide.needs.map((n) => n.periods.length);
    assert.equal(Math.max(...spans), 6);
    assert.equal(Math.min(...spans), 1);
    for (const n of wide.needs) {
      const first = wide.periods.indexOf(n.periods[0]);
      assert.deepEqual(n.periods, wide.periods.slice(first, first + n.periods.length));
    }
  });
});

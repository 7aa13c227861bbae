import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultGeneratorOptions, generatePoolingProblem } from './generator.ts';
import { parsePoolingProblem } from './problem.ts';

describe('generatePoolingProblem', () => {
  it('given the same seed, generates the same valid problem; another seed, another problem', () => {
    const options = defaultGeneratorOptions({ seed: 5, needs: 200, offers: 40, periods: 4, regions: 5, topics: 8, members: 50 });
    const a = generatePoolingProblem(options);
    assert.deepEqual(a, generatePoolingProblem(options));
    assert.notDeepEqual(a, generatePoolingProblem({ ...options, seed: 6 }));
    const p = parsePoolingProblem(a);
    assert.equal(p.needs.length, 200);
    assert.equal(p.offers.length, 40);
    assert.equal(new Set(p.offers.map((o) => o.topic)).size, 8);
  });
});

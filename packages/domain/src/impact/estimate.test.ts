import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateOnUnits, estimateOnUnitsByMethods, type Unit } from './estimate.ts';

function units(n: number): Unit[] {
  let s = 17;
  const random = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  return Array.from({ length: n }, (_, i) => {
    const age = 20 + Math.floor(random() * 40);
    const trained: 0 | 1 = random() < 0.25 + age / 200 ? 1 : 0;
    return {
      memberId: `m${i % 9}`,
      trained,
      outcome: 3 * trained + age / 10 + random() * 4,
      covariates: { age, tenure: random() * 10, missing: random() < 0.1 ? null : random(), same: 1 },
    };
  });
}

describe('estimates by several methods on the same units', () => {
  it('given weighting, difference, regression and matching, then each answer is the one of that method alone (the propensity model and the table shared)', () => {
    const table = units(400);
    const options = { unit: 'people' as const, covariates: ['age', 'tenure', 'missing', 'same'] };
    const methods = ['weighting', 'difference', 'regression', 'matching'] as const;
    const together = estimateOnUnitsByMethods(table, methods, options);
    assert.equal(together[0].status, 'estimated');
    assert.deepEqual(
      together,
      methods.map((method) => estimateOnUnits(table, { ...options, method })),
    );
  });

  it('given too few units, then every method says not enough data', () => {
    const answers = estimateOnUnitsByMethods(units(20), ['weighting', 'matching'], {
      unit: 'people',
      covariates: ['age'],
    });
    assert.deepEqual(
      answers.map((a) => a.status),
      ['not_enough_data', 'not_enough_data'],
    );
  });
});

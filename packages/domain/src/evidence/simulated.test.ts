import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRng } from '../demo-data/random.ts';
import { estimateEffect } from './effect.ts';
import { type EffectMethod, type EvidenceTable, readEffectData } from './input.ts';

// Seeded simulated employees where training is known to raise wages by exactly TRUE_EFFECT and
// where who is trained depends on the covariates (so the raw difference is biased):
//   age ~ N(0, 1), low_skilled ~ Bernoulli(0.4), tenure ~ N(0, 1)
//   P(trained) = logistic(−0.5 + 0.8 age + 0.6 low_skilled − 0.5 tenure)
//   baseline  = 20 + 3 age − 2 low_skilled + 1.5 tenure
//   wage_before = baseline + N(0, 1),  wage_after = baseline + 1 + TRUE_EFFECT · trained + N(0, 1)
// Every adjusting method must recover TRUE_EFFECT within its 95 % interval.
const TRUE_EFFECT = 2;

function simulate(seed: number, n: number): EvidenceTable {
  const rng = createRng(seed);
  const rows: EvidenceTable['rows'] = [];
  for (let i = 0; i < n; i++) {
    const age = rng.normal(0, 1);
    const lowSkilled = rng.chance(0.4) ? 1 : 0;
    const tenure = rng.normal(0, 1);
    const p = 1 / (1 + Math.exp(-(-0.5 + 0.8 * age + 0.6 * lowSkilled - 0.5 * tenure)));
    const trained = rng.chance(p) ? 1 : 0;
    const baseline = 20 + 3 * age - 2 * lowSkilled + 1.5 * tenure;
    const before = baseline + rng.normal(0, 1);
    const after = baseline + 1 + TRUE_EFFECT * trained + rng.normal(0, 1);
    rows.push({ rowNumber: i + 2, cells: [after, trained, age, lowSkilled, tenure, before].map(String) });
  }
  return { headers: ['wage_after', 'trained', 'age', 'low_skilled', 'tenure', 'wage_before'], rows };
}

const covariates = ['age', 'low_skilled', 'tenure'];

describe('on simulated data with a known effect of training', () => {
  const data = simulate(2024, 3000);
  const estimate = (method: EffectMethod) =>
    estimateEffect(
      readEffectData(data, { outcome: 'wage_after', treatment: 'trained', covariates, method, pre: 'wage_before' }),
      method,
    );

  for (const method of ['regression', 'matching', 'weighting', 'did'] as const) {
    it(`${method} recovers the effect of ${TRUE_EFFECT} within its 95 % interval`, () => {
      const answer = estimate(method);
      assert.ok(
        answer.ci95[0] < TRUE_EFFECT && TRUE_EFFECT < answer.ci95[1],
        `${method}: ${answer.estimate} [${answer.ci95.join(', ')}] misses ${TRUE_EFFECT}`,
      );
      assert.ok(answer.standardError > 0 && answer.standardError < 0.5);
    });
  }

  it('the raw difference is biased by who gets trained (its interval misses the effect)', () => {
    const answer = estimate('difference');
    assert.ok(answer.ci95[1] < TRUE_EFFECT || answer.ci95[0] > TRUE_EFFECT, `difference: ${answer.estimate}`);
  });

  it('matching and weighting bring the covariates into balance (|SMD| below 0.1 after)', () => {
    for (const method of ['matching', 'weighting'] as const) {
      const answer = estimate(method);
      assert.ok(
        answer.balance.some((b) => Math.abs(b.smdBefore ?? 0) > 0.2),
        `${method}: imbalance before`,
      );
      for (const b of answer.balance)
        assert.ok(Math.abs(b.smdAfter ?? 1) < 0.1, `${method}: ${b.covariate} ${b.smdAfter}`);
    }
  });

  it('over 20 seeds, the regression interval covers the effect about 95 % of the time', () => {
    let covered = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const answer = estimateEffect(
        readEffectData(simulate(seed, 400), {
          outcome: 'wage_after',
          treatment: 'trained',
          covariates,
          method: 'regression',
        }),
        'regression',
      );
      if (answer.ci95[0] < TRUE_EFFECT && TRUE_EFFECT < answer.ci95[1]) covered++;
    }
    // Binomial(20, 0.95): 16 or more with probability 0.997; the seeds are fixed, so this is deterministic.
    assert.ok(covered >= 16, `covered ${covered} of 20`);
  });
});

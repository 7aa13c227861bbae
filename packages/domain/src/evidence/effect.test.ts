import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateEffect } from './effect.ts';
import { assertAllSignificant, assertSignificant } from './fixtures/agreement.ts';
import { lalonde } from './fixtures/lalonde.ts';
import { LALONDE_COVARIATES, R_LALONDE } from './fixtures/r-reference.ts';
import { type EffectMethod, readEffectData } from './input.ts';
import { fitPropensityScores } from './propensity.ts';

// Values and the R calls that produced them: fixtures/r-reference.ts (from fixtures/reference.R).
const run = (method: EffectMethod, covariates = LALONDE_COVARIATES, pre?: string) =>
  estimateEffect(readEffectData(lalonde, { outcome: 're78', treatment: 'treat', covariates, method, pre }), method);

describe('effect of training on the lalonde data, compared with R', () => {
  it('given the 185 treated and 429 controls, every method counts them and answers the ATT', () => {
    for (const method of ['difference', 'regression', 'matching', 'weighting', 'did'] as const) {
      const answer = run(method, LALONDE_COVARIATES, 're75');
      assert.equal(answer.estimand, 'ATT');
      assert.equal(answer.method, method);
      assert.equal(answer.nTreated, 185);
      assert.equal(answer.nControl, 429);
    }
  });

  it('difference: mean of treated minus mean of controls, Welch SE (t.test)', () => {
    const answer = run('difference');
    assertSignificant(answer.estimate, R_LALONDE.difference.estimate, 'estimate');
    assertSignificant(answer.standardError, R_LALONDE.difference.standardError, 'standard error');
    assert.ok(answer.notes.some((n) => n.startsWith('standard error: Welch')));
  });

  it('regression: the treatment coefficient with conventional and HC1 SEs (lm + sandwich)', () => {
    const answer = run('regression');
    assertSignificant(answer.estimate, R_LALONDE.regression.estimate, 'estimate');
    assertSignificant(answer.standardError, R_LALONDE.regression.standardError, 'conventional SE');
    assertSignificant(answer.robustStandardError, R_LALONDE.regression.robustStandardError, 'HC1 SE');
  });

  it('the 95 % interval is the estimate ± 1.96 standard errors', () => {
    const answer = run('regression');
    assertSignificant(
      answer.ci95[0],
      R_LALONDE.regression.estimate - 1.959964 * R_LALONDE.regression.standardError,
      'lower bound',
    );
    assertSignificant(
      answer.ci95[1],
      R_LALONDE.regression.estimate + 1.959964 * R_LALONDE.regression.standardError,
      'upper bound',
    );
  });

  it('propensity scores: the logistic model gives glm’s fitted probabilities', () => {
    const data = readEffectData(lalonde, {
      outcome: 're78',
      treatment: 'treat',
      covariates: LALONDE_COVARIATES,
      method: 'matching',
    });
    const { scores } = fitPropensityScores(data.covariates, data.treated, data.rowNumbers);
    assertAllSignificant(Array.from(scores.subarray(0, 5)), R_LALONDE.propensityFirstFive, 'score', 6);
  });

  it('balance before adjustment: MatchIt’s standardised mean differences (treated SD)', () => {
    const answer = run('regression');
    assert.deepEqual(
      answer.balance.map((b) => b.covariate),
      LALONDE_COVARIATES,
    );
    assertAllSignificant(
      answer.balance.map((b) => b.smdBefore),
      R_LALONDE.balanceBefore,
      'smdBefore',
    );
    // regression does not reweight: after = before
    assert.deepEqual(
      answer.balance.map((b) => b.smdAfter),
      answer.balance.map((b) => b.smdBefore),
    );
  });

  it('matching: nearest control on the score, ties shared, agrees with Matching::Match (estimate and Abadie–Imbens SE)', () => {
    const answer = run('matching');
    // The contract's tolerance is a quarter of a standard error; here the matched sets are the
    // same as R's, so the estimate agrees to 4 digits too.
    assert.ok(Math.abs(answer.estimate - R_LALONDE.matching.estimate) < 0.25 * R_LALONDE.matching.standardError);
    assertSignificant(answer.estimate, R_LALONDE.matching.estimate, 'estimate');
    assertSignificant(answer.standardError, R_LALONDE.matching.standardError, 'Abadie-Imbens SE');
    assert.ok(answer.notes.some((n) => n.startsWith('standard error: Abadie-Imbens')));
    assertAllSignificant(
      answer.balance.map((b) => b.smdAfter),
      R_LALONDE.balanceAfterMatching,
      'smdAfter',
    );
  });

  it('matching: is not MatchIt 4.5.1’s result, whose "nearest" control is the nearest one below in score', () => {
    const answer = run('matching');
    assert.ok(Math.abs(answer.estimate - R_LALONDE.matchItNearestBelow) > 0.25 * answer.standardError);
  });

  it('weighting: ATT weights, weighted difference of means and its HC1 SE (lm(weights) + sandwich)', () => {
    const answer = run('weighting');
    assertSignificant(answer.estimate, R_LALONDE.weighting.estimate, 'estimate');
    assertSignificant(answer.standardError, R_LALONDE.weighting.standardError, 'HC1 SE');
    assertAllSignificant(
      answer.balance.map((b) => b.smdAfter),
      R_LALONDE.balanceAfterWeighting,
      'smdAfter',
    );
  });

  it('did: change of the treated minus change of the controls, conventional and HC1 SEs', () => {
    const answer = run('did', [], 're75');
    assertSignificant(answer.estimate, R_LALONDE.did.estimate, 'estimate');
    assertSignificant(answer.standardError, R_LALONDE.did.standardError, 'conventional SE');
    assertSignificant(answer.robustStandardError, R_LALONDE.did.robustStandardError, 'HC1 SE');
    assert.deepEqual(answer.balance, []);
  });

  it('did with covariates: the regression-adjusted change', () => {
    const answer = run(
      'did',
      LALONDE_COVARIATES.filter((c) => c !== 're75'),
      're75',
    );
    assertSignificant(answer.estimate, R_LALONDE.didAdjusted.estimate, 'estimate');
    assertSignificant(answer.standardError, R_LALONDE.didAdjusted.standardError, 'conventional SE');
    assertSignificant(answer.robustStandardError, R_LALONDE.didAdjusted.robustStandardError, 'HC1 SE');
  });

  it('the same answer whatever the order of the rows (ties in matching are shared, not broken by position)', () => {
    const reversed = { headers: lalonde.headers, rows: [...lalonde.rows].reverse() };
    for (const method of ['matching', 'weighting', 'regression'] as const) {
      const forward = run(method);
      const backward = estimateEffect(
        readEffectData(reversed, { outcome: 're78', treatment: 'treat', covariates: LALONDE_COVARIATES, method }),
        method,
      );
      assertSignificant(backward.estimate, forward.estimate, `${method} estimate`, 10);
      assertSignificant(backward.standardError, forward.standardError, `${method} SE`, 10);
    }
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateEffect } from './effect.ts';
import { assertAllSignificant, assertSignificant } from './fixtures/agreement.ts';
import { petersenCsv } from './fixtures/petersen.ts';
import { PETERSEN_SIZE, R_PETERSEN } from './fixtures/r-clustered.ts';
import { type EffectMethod, type EvidenceTable, readEffectData } from './input.ts';
import { clusterIndex, fitLeastSquares, interceptColumn } from './linear-model.ts';

// Cluster-robust (CR1) standard errors compared with R's sandwich::vcovCL(fit, cluster = ~firm,
// type = "HC1") on sandwich's PetersenCL (500 firms × 10 years). Values and the R calls:
// fixtures/r-clustered.ts, printed by fixtures/clustered.R.

const lines = petersenCsv.trim().split('\n');
const rows = lines.slice(1).map((line) => line.split(','));
const column = (k: number) => Float64Array.from(rows, (r) => Number(r[k]));
const firm = rows.map((r) => r[0]);
const year = column(1);
const x = column(2);
const y = column(3);
const clusters = clusterIndex(firm);
const sqrtDiagonal = (m: { get(i: number, j: number): number; rows: number }) =>
  Array.from({ length: m.rows }, (_, i) => Math.sqrt(m.get(i, i)));

// t = 1 when the firm number is a multiple of 3 or x > 1 (as in clustered.R).
const table: EvidenceTable = {
  headers: ['firm', 'year', 'x', 'y', 't'],
  rows: rows.map((r, i) => ({
    rowNumber: i + 2,
    cells: [...r, Number(r[0]) % 3 === 0 || Number(r[2]) > 1 ? '1' : '0'],
  })),
};
const run = (method: EffectMethod, covariates: string[], pre?: string) => {
  const data = readEffectData(table, { outcome: 'y', treatment: 't', covariates, method, pre });
  return estimateEffect({ ...data, clusters }, method);
};

describe('standard errors clustered by firm, compared with R (sandwich::vcovCL, HC1) on PetersenCL', () => {
  it('given the panel, it holds 5000 firm-years of 500 firms', () => {
    assert.equal(rows.length, PETERSEN_SIZE.rows);
    assert.equal(new Set(clusters).size, PETERSEN_SIZE.firms);
  });

  it('lm(y ~ x): the coefficients and both clustered SEs agree to 4 digits; they are far from the HC1 ones', () => {
    const fit = fitLeastSquares([interceptColumn(x.length), { name: 'x', values: x }], y, undefined, clusters);
    assertAllSignificant(Array.from(fit.coefficients), R_PETERSEN.ols.coefficients, 'coefficients');
    assert.ok(fit.clusteredCovariance);
    assert.equal(fit.clusterCount, 500);
    assertAllSignificant(sqrtDiagonal(fit.clusteredCovariance), R_PETERSEN.ols.clusteredStandardErrors, 'CR1 SE');
    assertAllSignificant(sqrtDiagonal(fit.robustCovariance), R_PETERSEN.ols.hc1StandardErrors, 'HC1 SE');
    // the firm effect in PetersenCL more than doubles the intercept's SE: the test can tell them apart
    assert.ok(R_PETERSEN.ols.clusteredStandardErrors[0] > 2 * R_PETERSEN.ols.hc1StandardErrors[0]);
  });

  it('on 12 firms, the small-sample factor G/(G−1)·(n−1)/(n−k) is applied (R with and without it differ by 5 %)', () => {
    const few = rows.flatMap((r, i) => (Number(r[0]) <= 12 ? [i] : []));
    const pick = (v: Float64Array) => Float64Array.from(few, (i) => v[i]);
    const fit = fitLeastSquares(
      [interceptColumn(few.length), { name: 'x', values: pick(x) }],
      pick(y),
      undefined,
      Int32Array.from(few, (i) => clusters[i]),
    );
    assert.equal(fit.clusterCount, 12);
    assertAllSignificant(Array.from(fit.coefficients), R_PETERSEN.ols12.coefficients, 'coefficients');
    assert.ok(fit.clusteredCovariance);
    assertAllSignificant(sqrtDiagonal(fit.clusteredCovariance), R_PETERSEN.ols12.clusteredStandardErrors, 'CR1 SE');
    const factor = (12 / 11) * (119 / 118);
    assertAllSignificant(
      sqrtDiagonal(fit.clusteredCovariance).map((se) => se / Math.sqrt(factor)),
      R_PETERSEN.ols12.unadjustedStandardErrors,
      'SE without the factor',
    );
  });

  it('weighted least squares: the clustered SEs use the weighted scores wᵢeᵢxᵢ', () => {
    const weights = Float64Array.from(year, (v) => 1 + (v % 3));
    const fit = fitLeastSquares([interceptColumn(x.length), { name: 'x', values: x }], y, weights, clusters);
    assertAllSignificant(Array.from(fit.coefficients), R_PETERSEN.wls.coefficients, 'coefficients');
    assert.ok(fit.clusteredCovariance);
    assertAllSignificant(sqrtDiagonal(fit.clusteredCovariance), R_PETERSEN.wls.clusteredStandardErrors, 'CR1 SE');
  });

  it('without clusters, no clustered covariance; with one cluster, a refusal', () => {
    const columns = [interceptColumn(x.length), { name: 'x', values: x }];
    assert.equal(fitLeastSquares(columns, y).clusteredCovariance, undefined);
    assert.throws(() => fitLeastSquares(columns, y, undefined, new Int32Array(x.length)), /at least 2 clusters/);
  });

  it('difference, regression, weighting and did give the clustered SE of their treatment coefficient', () => {
    const difference = run('difference', []);
    assertSignificant(difference.estimate, R_PETERSEN.difference.estimate, 'difference');
    assertSignificant(difference.standardError, R_PETERSEN.difference.clusteredStandardError, 'difference CR1 SE');
    const regression = run('regression', ['x', 'year']);
    assertSignificant(regression.estimate, R_PETERSEN.regression.estimate, 'regression');
    assertSignificant(regression.standardError, R_PETERSEN.regression.clusteredStandardError, 'regression CR1 SE');
    assertSignificant(regression.robustStandardError, R_PETERSEN.regression.robustStandardError, 'regression HC1 SE');
    const weighting = run('weighting', ['x', 'year']);
    assertSignificant(weighting.estimate, R_PETERSEN.weighting.estimate, 'weighting');
    assertSignificant(weighting.standardError, R_PETERSEN.weighting.clusteredStandardError, 'weighting CR1 SE');
    const did = run('did', ['year'], 'x');
    assertSignificant(did.estimate, R_PETERSEN.did.estimate, 'did');
    assertSignificant(did.standardError, R_PETERSEN.did.clusteredStandardError, 'did CR1 SE');
    const didPlain = run('did', [], 'x');
    assertSignificant(didPlain.estimate, R_PETERSEN.didPlain.estimate, 'did without covariates');
    assertSignificant(didPlain.standardError, R_PETERSEN.didPlain.clusteredStandardError, 'did plain CR1 SE');
    for (const answer of [difference, regression, weighting, did, didPlain]) {
      assert.ok(answer.notes.some((n) => n.startsWith('standard error: clustered by firm (CR1, 500 clusters')));
      const half = 1.959964 * answer.standardError;
      assert.ok(Math.abs(answer.ci95[1] - answer.estimate - half) < 1e-6, 'the interval uses the clustered SE');
    }
  });

  it('without clusters the same estimators keep the contract’s standard errors (the command line is unchanged)', () => {
    const data = readEffectData(table, {
      outcome: 'y',
      treatment: 't',
      covariates: ['x', 'year'],
      method: 'weighting',
    });
    const weighting = estimateEffect(data, 'weighting');
    assertSignificant(weighting.standardError, R_PETERSEN.weighting.robustStandardError, 'weighting HC1 SE');
    assert.ok(!weighting.notes.some((n) => n.includes('clustered')));
  });

  it('matching keeps its Abadie–Imbens SE and says it is not clustered', () => {
    const matching = run('matching', ['x', 'year']);
    assert.ok(matching.notes.some((n) => n.startsWith('standard error: not clustered by firm')));
  });
});

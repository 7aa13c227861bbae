import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateEffect } from './effect.ts';
import { type EvidenceTable, InvalidEvidenceInputError, readEffectData } from './input.ts';
import { matchOnScore } from './matching.ts';
import { fitPropensityScores } from './propensity.ts';

const scores = (...values: number[]) => Float64Array.from(values);
const flags = (...values: number[]) => Uint8Array.from(values);

describe('matching on the score', () => {
  it('given each treated unit with one nearest control, the ATT is the mean of the pair differences', () => {
    // treated at 0.2 and 0.8; controls at 0.25, 0.7, 0.5
    const result = matchOnScore(scores(0.2, 0.8, 0.25, 0.7, 0.5), flags(1, 1, 0, 0, 0), scores(10, 20, 7, 15, 100));
    assert.equal(result.estimate, (10 - 7 + (20 - 15)) / 2);
    assert.deepEqual(Array.from(result.weights), [1, 1, 1, 1, 0]);
    assert.equal(result.controlsUsed, 2);
    assert.equal(result.treatedWithTies, 0);
  });

  it('given two treated units nearest to the same control, the control is used twice (with replacement)', () => {
    const result = matchOnScore(scores(0.4, 0.45, 0.42, 0.9), flags(1, 1, 0, 0), scores(10, 12, 6, 50));
    assert.equal(result.estimate, (10 - 6 + (12 - 6)) / 2);
    assert.deepEqual(Array.from(result.weights), [1, 1, 2, 0]);
  });

  it('given two controls exactly as near, they share the match', () => {
    // treated at 0.5; controls at 0.4 and 0.6 (equally near, exactly representable), and 0.9
    const result = matchOnScore(scores(0.5, 0.25, 0.75, 0.9), flags(1, 0, 0, 0), scores(10, 4, 8, 0));
    assert.equal(result.estimate, 10 - (4 + 8) / 2);
    assert.deepEqual(Array.from(result.weights), [1, 0.5, 0.5, 0]);
    assert.equal(result.treatedWithTies, 1);
  });

  it('given a control reused, its Abadie–Imbens variance term uses its nearest other control', () => {
    // two treated (0.5, 0.5) both matched to the control at 0.5 (Y = 4); that control's nearest
    // other control is at 0.6 (Y = 6): σ² = var(4, 6) = 2, K = 2, KK = 2 → term 2 · (4 − 2) = 4.
    // Pair effects: 10 − 4 = 6 and 12 − 4 = 8, τ = 7, Σ(τᵢ − τ)² = 2. V = (2 + 4) / 2² = 1.5.
    const result = matchOnScore(scores(0.5, 0.5, 0.5, 0.625), flags(1, 1, 0, 0), scores(10, 12, 4, 6));
    assert.equal(result.estimate, 7);
    assert.ok(Math.abs(result.standardError - Math.sqrt(1.5)) < 1e-12);
  });
});

describe('the propensity model', () => {
  const table = (rows: number[][]): EvidenceTable => ({
    headers: ['wage', 'trained', 'x', 'y'],
    rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells: cells.map(String) })),
  });

  it('given a covariate that separates treated from controls perfectly, refuses matching and names it', () => {
    // every treated row has x > 5, every control x < 5
    const separated = table([
      [10, 1, 6, 1],
      [11, 1, 7, 3],
      [12, 1, 9, 2],
      [8, 0, 1, 2],
      [9, 0, 2, 1],
      [7, 0, 4, 3],
    ]);
    for (const method of ['matching', 'weighting'] as const) {
      assert.throws(
        () =>
          estimateEffect(
            readEffectData(separated, { outcome: 'wage', treatment: 'trained', covariates: ['x', 'y'], method }),
            method,
          ),
        (e: unknown) =>
          e instanceof InvalidEvidenceInputError &&
          /perfect separation in the propensity model: 3 treated row\(s\), the first row 2, have a probability of treatment of 1 \(covariate "x" separates the groups\)/.test(
            e.message,
          ),
      );
    }
  });

  it('given a 0/1 covariate that only some treated rows have, refuses: those rows have no comparable control', () => {
    const rows: number[][] = [];
    for (let i = 0; i < 20; i++) rows.push([10 + i, i % 2, i % 7, i < 4 && i % 2 === 1 ? 1 : 0]);
    assert.throws(
      () =>
        fitPropensityScores(
          [
            { name: 'x', values: Float64Array.from(rows, (r) => r[2]) },
            { name: 'y', values: Float64Array.from(rows, (r) => r[3]) },
          ],
          Uint8Array.from(rows, (r) => r[1]),
          rows.map((_, i) => i + 2),
        ),
      /perfect separation .*2 treated row\(s\), the first row 3.*covariate "y"/,
    );
  });

  it('given a 0/1 covariate that only some controls have, still fits: those controls simply never match', () => {
    const rows: number[][] = [];
    for (let i = 0; i < 20; i++) rows.push([10 + i, i % 2, i % 7, i < 4 && i % 2 === 0 ? 1 : 0]);
    const { scores: fitted } = fitPropensityScores(
      [
        { name: 'x', values: Float64Array.from(rows, (r) => r[2]) },
        { name: 'y', values: Float64Array.from(rows, (r) => r[3]) },
      ],
      Uint8Array.from(rows, (r) => r[1]),
      rows.map((_, i) => i + 2),
    );
    assert.ok(fitted[0] < 1e-6, 'a control with y = 1 has a score near 0');
    assert.ok(fitted.every((p) => p > 0 && p < 1));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Matrix, WrapperMatrix1D } from 'ml-matrix';
import { designMatrix, flatCrossProduct, flatGram, weightedGramAndCrossProduct } from './linear-model.ts';

// The flat products replace ml-matrix's gram() and mmul() in the estimates: they must give the very
// same numbers (the R-matched figures and the dashboard's do not move).
function columnsOf(rows: number, p: number, seed: number) {
  let s = seed;
  const random = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  return Array.from({ length: p }, (_, j) => ({
    name: `x${j}`,
    // some exact zeros (gram() skips them) and values of very different sizes
    values: Float64Array.from({ length: rows }, () => (random() < 0.2 ? 0 : (random() - 0.3) * 10 ** (j - 2))),
  }));
}

describe('flat Gram and cross products', () => {
  it('given a design matrix with zeros, then flatGram and flatCrossProduct equal ml-matrix’s gram() and rowVector(v).mmul(Z)ᵀ exactly', () => {
    const columns = columnsOf(1_003, 6, 3);
    const z = designMatrix(columns);
    const v = columnsOf(1_003, 1, 9)[0].values;
    assert.deepEqual(
      flatGram(z.values, 1_003, 6).to2DArray(),
      new WrapperMatrix1D(z.values, { rows: 1_003 }).gram().to2DArray(),
    );
    assert.deepEqual(flatCrossProduct(z, v).to2DArray(), Matrix.rowVector(v).mmul(z.matrix).transpose().to2DArray());
  });

  it('given weights, then the one-pass weighted products equal those of the weighted design matrix exactly', () => {
    const columns = columnsOf(777, 5, 5);
    const weights = Float64Array.from(columnsOf(777, 1, 11)[0].values, (w) => Math.abs(w) / 10);
    const v = columnsOf(777, 1, 13)[0].values;
    const z = designMatrix(columns, weights);
    const { gram, crossProduct } = weightedGramAndCrossProduct(designMatrix(columns), weights, v);
    assert.deepEqual(gram.to2DArray(), z.matrix.gram().to2DArray());
    assert.deepEqual(crossProduct.to2DArray(), Matrix.rowVector(v).mmul(z.matrix).transpose().to2DArray());
  });
});

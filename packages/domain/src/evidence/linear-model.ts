// Least squares with its two covariance matrices, the building block of the regression,
// weighting and difference-in-differences estimators.
//
// Model y = Xβ + e, fitted by (weighted) least squares: β = (X'WX)⁻¹ X'Wy, solved through the
// Cholesky factor of X'WX (ml-matrix). With n observations (non-zero weights) and p columns:
//   conventional:  V = σ² (X'WX)⁻¹,  σ² = Σ wᵢ eᵢ² / (n − p)          — R: vcov(lm(...))
//   HC1 (robust):  V = n/(n − p) · (X'WX)⁻¹ [Σ wᵢ² eᵢ² xᵢxᵢ'] (X'WX)⁻¹  — R: sandwich::vcovHC(fit, type = "HC1")
//   clustered (CR1, with clusters g = 1…G):
//                  V = G/(G − 1) · (n − 1)/(n − p) · (X'WX)⁻¹ [Σ_g u_g u_g'] (X'WX)⁻¹,  u_g = Σ_{i∈g} wᵢ eᵢ xᵢ
//                                                                     — R: sandwich::vcovCL(fit, cluster = ~g, type = "HC1")
// (MacKinnon and White 1985; with weights, the sandwich package's estimating functions wᵢeᵢxᵢ. The
// clustered form is Liang and Zeger 1986 / Arellano 1987 with the small-sample factor that vcovCL's
// documentation gives for type "HC1": G/(G − 1) (cadjust) times (n − 1)/(n − k); Cameron and Miller
// 2015, "A Practitioner's Guide to Cluster-Robust Inference", eq. 12. Reference: fixtures/clustered.R.)
import { type AbstractMatrix, CholeskyDecomposition, Matrix, WrapperMatrix1D } from 'ml-matrix';
import { InvalidEvidenceInputError } from './input.ts';

/** A design column: its name (for error messages) and its values. */
export interface DesignColumn {
  name: string;
  values: Float64Array;
}

export interface LeastSquaresFit {
  coefficients: Float64Array;
  /** Conventional (homoskedastic) covariance of the coefficients. */
  covariance: Matrix;
  /** HC1 heteroskedasticity-robust covariance of the coefficients. */
  robustCovariance: Matrix;
  /** Observations with a non-zero weight. */
  n: number;
  /** Cluster-robust (CR1) covariance, when clusters were given. */
  clusteredCovariance?: Matrix;
  /** Clusters holding an observation with a non-zero weight, when clusters were given. */
  clusterCount?: number;
}

/** Each label's cluster number, 0…G − 1 in order of first appearance. */
export function clusterIndex(labels: readonly string[]): Int32Array {
  const numbers = new Map<string, number>();
  return Int32Array.from(labels, (label) => {
    let k = numbers.get(label);
    if (k === undefined) {
      k = numbers.size;
      numbers.set(label, k);
    }
    return k;
  });
}

// A column is taken as a combination of the previous ones when its Cholesky pivot keeps less
// than this share of its own variation (R's lm uses a QR tolerance of 1e-7 on a similar scale).
const COLLINEARITY_TOLERANCE = 1e-10;

/**
 * Factors a symmetric cross-product matrix; a column that adds nothing to the previous ones
 * (constant, duplicated, a sum of others) is refused by name.
 */
export function choleskyOrExplain(crossProduct: AbstractMatrix, names: string[]): CholeskyDecomposition {
  const symmetric = crossProduct.clone().add(crossProduct.transpose()).div(2);
  const cholesky = new CholeskyDecomposition(symmetric);
  const lower = cholesky.lowerTriangularMatrix;
  for (let k = 0; k < names.length; k++) {
    const pivot = lower.get(k, k);
    if (!(pivot * pivot > COLLINEARITY_TOLERANCE * symmetric.get(k, k))) {
      throw new InvalidEvidenceInputError(
        k === 0
          ? `column "${names[0]}" carries no information (all zero)`
          : `column "${names[k]}" is a linear combination of the columns before it (${names.slice(0, k).join(', ')}): the model cannot separate their effects; remove it`,
      );
    }
  }
  return cholesky;
}

/**
 * Fits y on the columns by (weighted) least squares; with `clusters` (each row's cluster number, see
 * clusterIndex), also the cluster-robust covariance. Throws InvalidEvidenceInputError when columns are
 * collinear, rows too few, or fewer than 2 clusters.
 */
export function fitLeastSquares(
  columns: DesignColumn[],
  y: Float64Array,
  weights?: Float64Array,
  clusters?: Int32Array,
): LeastSquaresFit {
  const rows = y.length;
  const p = columns.length;
  let n = 0;
  for (let i = 0; i < rows; i++) if (!weights || weights[i] > 0) n++;
  if (n <= p)
    throw new InvalidEvidenceInputError(`${n} rows for ${p} coefficients: the model needs more rows than coefficients`);

  // Z = √W X and √W y: X'WX = Z'Z (exactly symmetric), X'Wy = (√W y)'Z.
  const z = designMatrix(columns, weights);
  const zy = new Float64Array(rows);
  for (let i = 0; i < rows; i++) zy[i] = y[i] * (weights ? Math.sqrt(weights[i]) : 1);
  const cholesky = choleskyOrExplain(
    flatGram(z.values, rows, p),
    columns.map((c) => c.name),
  );
  const beta = cholesky.solve(flatCrossProduct(z, zy));
  const bread = cholesky.solve(Matrix.eye(p, p));

  // Weighted residuals √wᵢ eᵢ = √wᵢ yᵢ − (√wᵢ xᵢ)'β; the rows of the meat are wᵢ eᵢ xᵢ = (√wᵢ xᵢ)(√wᵢ eᵢ).
  const weightedResiduals = linearPredictor(z, beta);
  let weightedSquares = 0;
  for (let i = 0; i < rows; i++) {
    weightedResiduals[i] = zy[i] - weightedResiduals[i];
    weightedSquares += weightedResiduals[i] ** 2;
  }
  const scores = new Float64Array(z.values.length);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < p; j++) scores[i * p + j] = z.values[i * p + j] * weightedResiduals[i];
  const sigma2 = weightedSquares / (n - p);
  const meat = flatGram(scores, rows, p);
  const robustCovariance = bread
    .mmul(meat)
    .mmul(bread)
    .mul(n / (n - p));
  return {
    coefficients: Float64Array.from(beta.getColumn(0)),
    covariance: bread.clone().mul(sigma2),
    robustCovariance,
    n,
    ...(clusters ? clusteredCovariance(bread, scores, p, n, clusters, weights) : {}),
  };
}

/** CR1: the scores wᵢeᵢxᵢ summed within each cluster, their cross-product between two breads, times G/(G − 1) · (n − 1)/(n − p). */
function clusteredCovariance(
  bread: Matrix,
  scores: Float64Array,
  p: number,
  n: number,
  clusters: Int32Array,
  weights?: Float64Array,
): { clusteredCovariance: Matrix; clusterCount: number } {
  const rows = clusters.length;
  let size = 0;
  for (let i = 0; i < rows; i++) size = Math.max(size, clusters[i] + 1);
  const sums = new Float64Array(size * p);
  const present = new Uint8Array(size);
  for (let i = 0; i < rows; i++) {
    if (weights && !(weights[i] > 0)) continue;
    const g = clusters[i];
    present[g] = 1;
    for (let j = 0; j < p; j++) sums[g * p + j] += scores[i * p + j];
  }
  let count = 0;
  for (const flag of present) count += flag;
  if (count < 2)
    throw new InvalidEvidenceInputError(`${count} cluster(s): clustered standard errors need at least 2 clusters`);
  const meat = flatGram(sums, size, p);
  return {
    clusteredCovariance: bread
      .mmul(meat)
      .mmul(bread)
      .mul(((count / (count - 1)) * (n - 1)) / (n - p)),
    clusterCount: count,
  };
}

/**
 * Z'Z of a row-major `rows` × `p` array: what ml-matrix's gram() gives on it (the same sums in the
 * same order, zero entries skipped, exactly symmetric), without a method call per entry.
 */
export function flatGram(values: Float64Array, rows: number, p: number): Matrix {
  const sums = new Float64Array(p * p);
  for (let r = 0; r < rows; r++) {
    const base = r * p;
    for (let i = 0; i < p; i++) {
      const value = values[base + i];
      if (value === 0) continue;
      const offset = i * p;
      for (let j = i; j < p; j++) sums[offset + j] += value * values[base + j];
    }
  }
  const result = new Matrix(p, p);
  for (let i = 0; i < p; i++)
    for (let j = i; j < p; j++) {
      result.set(i, j, sums[i * p + j]);
      result.set(j, i, sums[i * p + j]);
    }
  return result;
}

/** Z'v as a p × 1 column: what Matrix.rowVector(v).mmul(Z).transpose() gives (the same sums in the same order). */
export function flatCrossProduct(z: DesignMatrix, v: Float64Array): Matrix {
  const p = z.columns;
  const sums = new Float64Array(p);
  for (let k = 0; k < v.length; k++) {
    const base = k * p;
    for (let j = 0; j < p; j++) sums[j] += v[k] * z.values[base + j];
  }
  return Matrix.columnVector(Array.from(sums));
}

/**
 * Z'Z and Z'v for Z = √W X without building Z: row by row, the same products and sums in the same
 * order as flatGram and flatCrossProduct on designMatrix(columns, weights) (X's rows are those of
 * designMatrix(columns), each value times √wᵢ).
 */
export function weightedGramAndCrossProduct(
  x: DesignMatrix,
  weights: Float64Array,
  v: Float64Array,
): { gram: Matrix; crossProduct: Matrix } {
  const p = x.columns;
  const rows = weights.length;
  const sums = new Float64Array(p * p);
  const cross = new Float64Array(p);
  const z = new Float64Array(p);
  for (let r = 0; r < rows; r++) {
    const base = r * p;
    const root = Math.sqrt(weights[r]);
    for (let j = 0; j < p; j++) z[j] = x.values[base + j] * root;
    for (let i = 0; i < p; i++) {
      const value = z[i];
      if (value === 0) continue;
      const offset = i * p;
      for (let j = i; j < p; j++) sums[offset + j] += value * z[j];
    }
    for (let j = 0; j < p; j++) cross[j] += v[r] * z[j];
  }
  const gram = new Matrix(p, p);
  for (let i = 0; i < p; i++)
    for (let j = i; j < p; j++) {
      gram.set(i, j, sums[i * p + j]);
      gram.set(j, i, sums[i * p + j]);
    }
  return { gram, crossProduct: Matrix.columnVector(Array.from(cross)) };
}

/**
 * A design matrix, row-major in one flat array and seen by ml-matrix through a wrapper: an ml-matrix
 * Matrix keeps one small array per row, and 100,000 of them cost more than the arithmetic.
 */
export interface DesignMatrix {
  values: Float64Array;
  columns: number;
  matrix: WrapperMatrix1D;
}

/** The columns side by side, each row multiplied by √wᵢ when weights are given (written into `into` when given, to reuse it). */
export function designMatrix(columns: DesignColumn[], weights?: ArrayLike<number>, into?: DesignMatrix): DesignMatrix {
  const rows = columns[0].values.length;
  const p = columns.length;
  const values = into?.values ?? new Float64Array(rows * p);
  for (let i = 0; i < rows; i++) {
    const root = weights ? Math.sqrt(weights[i]) : 1;
    for (let j = 0; j < p; j++) values[i * p + j] = columns[j].values[i] * root;
  }
  return into ?? { values, columns: p, matrix: new WrapperMatrix1D(values, { rows }) };
}

/** Xβ for a p × 1 β, one value per row of X. */
export function linearPredictor(x: DesignMatrix, beta: Matrix): Float64Array {
  const p = x.columns;
  const b = beta.getColumn(0);
  const out = new Float64Array(x.values.length / p);
  for (let i = 0; i < out.length; i++) {
    let sum = 0;
    for (let j = 0; j < p; j++) sum += x.values[i * p + j] * b[j];
    out[i] = sum;
  }
  return out;
}

/** The column of ones, for the intercept. */
export function interceptColumn(rows: number): DesignColumn {
  return { name: 'intercept', values: new Float64Array(rows).fill(1) };
}

/**
 * The covariates centred and scaled to unit standard deviation. The treatment coefficient and its
 * standard errors do not change under an affine change of another column (with an intercept in the
 * model), and the fitted propensity scores do not either; scaled columns keep X'X well conditioned
 * when wages in dollars sit beside 0/1 indicators.
 */
export function standardisedColumns(covariates: { name: string; values: Float64Array }[]): DesignColumn[] {
  return covariates.map(({ name, values }) => {
    const n = values.length;
    let mean = 0;
    for (let i = 0; i < n; i++) mean += values[i];
    mean /= n;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += (values[i] - mean) * (values[i] - mean);
    const sd = Math.sqrt(squares / Math.max(n - 1, 1));
    if (!(sd > 0))
      throw new InvalidEvidenceInputError(
        `covariate "${name}" has the same value in every row: it cannot explain anything; remove it`,
      );
    const scaled = new Float64Array(n);
    for (let i = 0; i < n; i++) scaled[i] = (values[i] - mean) / sd;
    return { name, values: scaled };
  });
}

// The propensity score: the probability of being treated given the covariates, from a logistic
// regression fitted by Newton's method (iteratively reweighted least squares), as R's
// glm(treat ~ covariates, family = binomial) fits it:
//   start from μ = (t + 0.5) / 2, then repeat: w = μ(1 − μ), z = η + (t − μ) / w,
//   β = (X'WX)⁻¹ X'Wz (Cholesky, ml-matrix), η = Xβ, μ = 1 / (1 + e^−η),
//   until |deviance − previous| / (|deviance| + 0.1) < 1e-8 (R's glm.control).
// R stops there; we also wait for the (standardised) coefficients to settle (a change below 1e-6):
// Newton converges quadratically, so on ordinary data that is one or two steps more and the
// scores agree with glm's to 6+ digits. Under separation the deviance criterion is met while a
// coefficient still grows by about 1 a step; letting it run until the scores reach 0 or 1 (η is
// held within ±30, as in R) shows which rows are separated:
//   - treated rows with a score of 1 have no comparable control: an error names them;
//   - control rows with a score of 0 resemble no treated row: they never match and get no weight,
//     which is harmless for the ATT; the answer notes how many.
import { InvalidEvidenceInputError } from './input.ts';
import {
  choleskyOrExplain,
  type DesignColumn,
  designMatrix,
  interceptColumn,
  linearPredictor,
  standardisedColumns,
  weightedGramAndCrossProduct,
} from './linear-model.ts';

const MAX_ITERATIONS = 60;
const TOLERANCE = 1e-8;
const COEFFICIENT_TOLERANCE = 1e-6;
// A treated unit whose score is this close to 1 has no control that resembles it: the groups
// are separated and no comparison of like with like exists for it.
const SEPARATED = 1e-10;

export interface PropensityScores {
  scores: Float64Array;
  iterations: number;
  /** Control rows whose score is 0 to 10 digits: no treated row resembles them. */
  controlsAtZero: number;
}

// As R's binomial()$linkinv: η is held within ±30 so that μ never reaches 0 or 1 exactly
// (μ(1 − μ) is a weight and a divisor).
const logistic = (eta: number) => 1 / (1 + Math.exp(-Math.min(Math.max(eta, -30), 30)));

function binomialDeviance(treated: Uint8Array, mu: Float64Array): number {
  let deviance = 0;
  for (let i = 0; i < mu.length; i++) {
    const p = treated[i] === 1 ? mu[i] : 1 - mu[i];
    deviance -= 2 * Math.log(Math.max(p, Number.MIN_VALUE));
  }
  return deviance;
}

function separationError(
  columns: DesignColumn[],
  beta: Float64Array,
  treated: Uint8Array,
  mu: Float64Array,
  rowNumbers: readonly number[],
): InvalidEvidenceInputError {
  // The covariate whose (standardised) coefficient ran furthest is the one that separates.
  let culprit = 1;
  for (let j = 2; j < columns.length; j++) if (Math.abs(beta[j]) > Math.abs(beta[culprit])) culprit = j;
  let separatedTreated = 0;
  let firstRow = -1;
  for (let i = 0; i < mu.length; i++) {
    if (treated[i] === 1 && mu[i] > 1 - SEPARATED) {
      separatedTreated++;
      if (firstRow < 0) firstRow = i;
    }
  }
  const covariate = `covariate "${columns[culprit].name}"`;
  const advice = 'remove or coarsen that covariate, or compare with --method regression';
  if (firstRow < 0) {
    return new InvalidEvidenceInputError(
      `the propensity model did not converge in ${MAX_ITERATIONS} iterations: the covariates nearly separate treated from controls (${covariate} most); ${advice}`,
    );
  }
  return new InvalidEvidenceInputError(
    `perfect separation in the propensity model: ${separatedTreated} treated row(s), the first row ${rowNumbers[firstRow]}, have a probability of treatment of 1 ` +
      `(${covariate} separates the groups), so no control resembles them and they cannot be compared; ${advice}`,
  );
}

/**
 * Fits the logistic propensity model of treatment on the covariates and returns each row's score;
 * throws InvalidEvidenceInputError on perfect separation (a treated row with no comparable control)
 * or collinear covariates.
 */
export function fitPropensityScores(
  covariates: { name: string; values: Float64Array }[],
  treated: Uint8Array,
  rowNumbers: readonly number[],
): PropensityScores {
  const n = treated.length;
  const columns = [interceptColumn(n), ...standardisedColumns(covariates)];
  const p = columns.length;
  const mu = new Float64Array(n);
  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    mu[i] = (treated[i] + 0.5) / 2;
    eta[i] = Math.log(mu[i] / (1 - mu[i]));
  }
  let deviance = binomialDeviance(treated, mu);
  let beta = new Float64Array(p);
  let converged = false;
  let iterations = 0;
  const design = designMatrix(columns);
  const weights = new Float64Array(n);
  const zy = new Float64Array(n);
  while (iterations < MAX_ITERATIONS && !converged) {
    iterations++;
    for (let i = 0; i < n; i++) {
      weights[i] = mu[i] * (1 - mu[i]);
      zy[i] = (eta[i] + (treated[i] - mu[i]) / weights[i]) * Math.sqrt(weights[i]); // √w · working response
    }
    // Z = √W X: Z'Z and Z'(√W · working response), without building Z
    const products = weightedGramAndCrossProduct(design, weights, zy);
    let cholesky: ReturnType<typeof choleskyOrExplain>;
    try {
      cholesky = choleskyOrExplain(
        products.gram,
        columns.map((c) => c.name),
      );
    } catch (e) {
      // Collinear data show at the first step; later, the weights of separated rows have
      // vanished: stop here and look at the scores.
      if (iterations === 1) throw e;
      break;
    }
    const previousBeta = beta;
    const solution = cholesky.solve(products.crossProduct);
    beta = Float64Array.from(solution.getColumn(0));
    eta.set(linearPredictor(design, solution));
    for (let i = 0; i < n; i++) mu[i] = logistic(eta[i]);
    const previous = deviance;
    deviance = binomialDeviance(treated, mu);
    let largestStep = 0;
    for (let j = 0; j < p; j++) largestStep = Math.max(largestStep, Math.abs(beta[j] - previousBeta[j]));
    converged =
      Math.abs(deviance - previous) / (Math.abs(deviance) + 0.1) < TOLERANCE && largestStep < COEFFICIENT_TOLERANCE;
  }
  let treatedAtOne = false;
  let controlsAtZero = 0;
  for (let i = 0; i < n; i++) {
    if (treated[i] === 1 && mu[i] > 1 - SEPARATED) treatedAtOne = true;
    if (treated[i] === 0 && mu[i] < SEPARATED) controlsAtZero++;
  }
  if (treatedAtOne || (!converged && controlsAtZero === 0))
    throw separationError(columns, beta, treated, mu, rowNumbers);
  return { scores: mu, iterations, controlsAtZero };
}

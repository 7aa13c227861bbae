// What training changed: the average effect on the treated (ATT) by one of five methods, with
// its standard error, 95 % interval, balance table and notes. The formulas, with their R
// references, are in docs/evidence.md; each method's block names its own.
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { type BalanceRow, balanceTable } from './balance.ts';
import type { EffectData, EffectMethod } from './input.ts';
import { type DesignColumn, fitLeastSquares, interceptColumn, standardisedColumns } from './linear-model.ts';
import { matchOnScore } from './matching.ts';
import { fitPropensityScores } from './propensity.ts';

/** The answer of `mutualis effect`, field for field as in the contract (shared/spec/evidence.md). */
export interface EffectEstimate {
  method: EffectMethod;
  estimand: 'ATT';
  estimate: number;
  standardError: number;
  /** HC1 standard error (regression and difference in differences). */
  robustStandardError?: number;
  ci95: [number, number];
  nTreated: number;
  nControl: number;
  balance: BalanceRow[];
  notes: string[];
}

const Z_975 = normalQuantile(0.975, 0, 1);

/**
 * What estimates on the same data may share: the propensity model (weighting and matching fit the
 * same one). Pass one memo per data table, never across tables.
 */
export interface EffectMemo {
  propensity?: ReturnType<typeof fitPropensityScores>;
}

function propensityOf(data: EffectData, memo: EffectMemo) {
  memo.propensity ??= fitPropensityScores(data.covariates, data.treated, data.rowNumbers);
  return memo.propensity;
}

const BALANCE_NOTE =
  "balance: standardised mean differences, scaled by the treated group's standard deviation in the whole sample (MatchIt's convention for the ATT; √(p(1−p)) for 0/1 covariates)";
const clusteredNote = (clusters: number) =>
  `standard error: clustered by firm (CR1, ${clusters} clusters: G/(G−1)·(n−1)/(n−k) times the sandwich of the per-firm score sums, as R sandwich::vcovCL(fit, cluster = ~firm, type = "HC1")); it allows employees of a firm to share shocks`;

const UNWEIGHTED_BALANCE_NOTE = 'balance: this method does not reweight the sample, so smdAfter equals smdBefore';

function treatmentColumn(data: EffectData): DesignColumn {
  return { name: 'treatment', values: Float64Array.from(data.treated) };
}

function result(
  data: EffectData,
  method: EffectMethod,
  estimate: number,
  standardError: number,
  balance: BalanceRow[],
  notes: string[],
  robustStandardError?: number,
): EffectEstimate {
  return {
    method,
    estimand: 'ATT',
    estimate,
    standardError,
    ...(robustStandardError === undefined ? {} : { robustStandardError }),
    ci95: [estimate - Z_975 * standardError, estimate + Z_975 * standardError],
    nTreated: data.nTreated,
    nControl: data.nControl,
    balance,
    notes: [...notes, `ci95: estimate ± ${Z_975.toFixed(4)} × standardError (normal approximation)`],
  };
}

// difference: ȳ₁ − ȳ₀; Welch's standard error √(s₁²/n₁ + s₀²/n₀) (unequal variances).
// R: t.test(y ~ t)$estimate and $stderr.
function difference(data: EffectData): EffectEstimate {
  const sum = [0, 0];
  const n = [data.nControl, data.nTreated];
  data.outcome.forEach((y, i) => {
    sum[data.treated[i]] += y;
  });
  const mean = [sum[0] / n[0], sum[1] / n[1]];
  const squares = [0, 0];
  data.outcome.forEach((y, i) => {
    squares[data.treated[i]] += (y - mean[data.treated[i]]) ** 2;
  });
  const variance = [squares[0] / (n[0] - 1), squares[1] / (n[1] - 1)];
  // With clusters: the OLS of y on (1, t), whose t coefficient is the same difference, and its CR1 covariance.
  const clustered = data.clusters
    ? fitLeastSquares(
        [interceptColumn(data.outcome.length), treatmentColumn(data)],
        data.outcome,
        undefined,
        data.clusters,
      )
    : undefined;
  const standardError = clustered?.clusteredCovariance
    ? Math.sqrt(clustered.clusteredCovariance.get(1, 1))
    : Math.sqrt(variance[1] / n[1] + variance[0] / n[0]);
  return result(
    data,
    'difference',
    mean[1] - mean[0],
    standardError,
    data.covariates.length > 0 ? balanceTable(data.covariates, data.treated) : [],
    [
      'estimate: mean outcome of the treated minus mean outcome of the controls, no adjustment',
      clustered?.clusterCount
        ? clusteredNote(clustered.clusterCount)
        : 'standard error: Welch (unequal variances), as R t.test',
      ...(data.covariates.length > 0 ? [BALANCE_NOTE, UNWEIGHTED_BALANCE_NOTE] : []),
    ],
  );
}

// regression: OLS of y on 1, t and the covariates; the treatment coefficient, with the
// conventional and HC1 standard errors. R: lm(y ~ t + x…) with vcov() and sandwich::vcovHC(type = "HC1").
function regression(
  data: EffectData,
  outcome: Float64Array,
  method: 'regression' | 'did',
  notes: string[],
): EffectEstimate {
  const columns = [interceptColumn(outcome.length), treatmentColumn(data), ...standardisedColumns(data.covariates)];
  const fit = fitLeastSquares(columns, outcome, undefined, data.clusters);
  return result(
    data,
    method,
    fit.coefficients[1],
    Math.sqrt((fit.clusteredCovariance ?? fit.covariance).get(1, 1)),
    balanceTable(data.covariates, data.treated),
    [
      ...notes,
      fit.clusterCount
        ? `${clusteredNote(fit.clusterCount)}; robustStandardError: HC1 (White, with n/(n−k))`
        : 'standard error: conventional OLS (homoskedastic); robustStandardError: HC1 (White, with n/(n−k))',
      ...(data.covariates.length > 0 ? [BALANCE_NOTE, UNWEIGHTED_BALANCE_NOTE] : []),
    ],
    Math.sqrt(fit.robustCovariance.get(1, 1)),
  );
}

function propensityNotes(iterations: number, controlsAtZero: number): string[] {
  return [
    `propensity score: logistic regression of treatment on the covariates (${iterations} Newton iterations)`,
    ...(controlsAtZero > 0
      ? [
          `${controlsAtZero} control row(s) have a propensity score of 0 (the covariates separate them from every treated row): they take no part in the comparison`,
        ]
      : []),
  ];
}

function matching(data: EffectData, memo: EffectMemo): EffectEstimate {
  const { scores, iterations, controlsAtZero } = propensityOf(data, memo);
  const matched = matchOnScore(scores, data.treated, data.outcome);
  return result(
    data,
    'matching',
    matched.estimate,
    matched.standardError,
    balanceTable(data.covariates, data.treated, matched.weights),
    [
      'standard error: Abadie-Imbens (2006), population ATT, conditional variances from the nearest same-group unit on the score (as R Matching::Match, Var.calc = 1); it treats the propensity score as known',
      ...(data.clusters ? ['standard error: not clustered by firm (matching has no cluster-robust variant here)'] : []),
      ...propensityNotes(iterations, controlsAtZero),
      'matching: each treated unit to its nearest control on the score, 1 neighbour, with replacement; equally near controls share the match',
      `matched: ${matched.controlsUsed} distinct controls used; ${matched.treatedWithTies} treated unit(s) had tied nearest controls`,
      BALANCE_NOTE,
    ],
  );
}

// weighting: ATT weights (treated 1, controls p/(1 − p)); estimate = weighted mean of the treated
// minus weighted mean of the controls = the treatment coefficient of the weighted regression of y
// on 1 and t; its HC1 sandwich standard error. R: lm(y ~ t, weights = w) + sandwich::vcovHC(type = "HC1").
function weighting(data: EffectData, memo: EffectMemo): EffectEstimate {
  const { scores, iterations, controlsAtZero } = propensityOf(data, memo);
  const weights = new Float64Array(scores.length);
  let sum = 0;
  let sumOfSquares = 0;
  scores.forEach((p, i) => {
    weights[i] = data.treated[i] === 1 ? 1 : p / (1 - p);
    if (data.treated[i] === 0) {
      sum += weights[i];
      sumOfSquares += weights[i] * weights[i];
    }
  });
  const fit = fitLeastSquares(
    [interceptColumn(scores.length), treatmentColumn(data)],
    data.outcome,
    weights,
    data.clusters,
  );
  return result(
    data,
    'weighting',
    fit.coefficients[1],
    Math.sqrt((fit.clusteredCovariance ?? fit.robustCovariance).get(1, 1)),
    balanceTable(data.covariates, data.treated, weights),
    [
      fit.clusterCount
        ? `${clusteredNote(fit.clusterCount)} of the weighted regression of the outcome on treatment; it treats the weights as known`
        : 'standard error: HC1 sandwich of the weighted regression of the outcome on treatment (as R lm(weights) + sandwich::vcovHC type HC1); it treats the weights as known',
      ...propensityNotes(iterations, controlsAtZero),
      'weights: treated 1, controls p/(1−p) (ATT)',
      `effective number of controls after weighting: ${((sum * sum) / sumOfSquares).toFixed(1)} of ${data.nControl}`,
      BALANCE_NOTE,
    ],
  );
}

// did: the change Δ = y − pre; mean change of the treated minus mean change of the controls,
// which is the treatment coefficient of the OLS of Δ on 1 and t; with covariates, of Δ on 1, t and
// the covariates. R: lm(I(y − pre) ~ t + x…) with vcov() and sandwich::vcovHC(type = "HC1").
function differenceInDifferences(data: EffectData): EffectEstimate {
  const pre = data.pre as Float64Array;
  const change = new Float64Array(data.outcome.length);
  for (let i = 0; i < change.length; i++) change[i] = data.outcome[i] - pre[i];
  return regression(data, change, 'did', [
    data.covariates.length > 0
      ? 'estimate: regression of the change (outcome − pre) on treatment and the covariates'
      : 'estimate: mean change (outcome − pre) of the treated minus mean change of the controls',
  ]);
}

/**
 * Estimates the ATT by the asked method on validated data; throws InvalidEvidenceInputError when the
 * data cannot support it. `memo`: shared by the estimates on this same data (a fit is reused).
 */
export function estimateEffect(data: EffectData, method: EffectMethod, memo: EffectMemo = {}): EffectEstimate {
  switch (method) {
    case 'difference':
      return difference(data);
    case 'regression':
      return regression(data, data.outcome, 'regression', [
        'estimate: coefficient of treatment in the OLS regression of the outcome on treatment and the covariates',
      ]);
    case 'matching':
      return matching(data, memo);
    case 'weighting':
      return weighting(data, memo);
    case 'did':
      return differenceInDifferences(data);
  }
}

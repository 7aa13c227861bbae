// Covariate balance: standardised mean differences (SMD) before and after adjustment, computed
// as MatchIt's summary() computes its "Std. Mean Diff." for the ATT (MatchIt 4.5, bal1var):
//   SMD = (mean of treated − mean of controls) / s,   means weighted by the adjustment's weights,
//   s = the treated group's standard deviation in the whole, unweighted sample:
//       p(1 − p) under the root for a 0/1 covariate (p its treated mean), the sample variance
//       (n − 1) otherwise; the same s before and after, so that the two are comparable.
// If the treated SD is ~0, the pooled within-group SD is used (MatchIt's fallback); a difference
// of means below √ε is reported unscaled (it is zero for all purposes).

export interface BalanceRow {
  covariate: string;
  smdBefore: number | null;
  smdAfter: number | null;
}

const ROOT_EPSILON = Math.sqrt(Number.EPSILON);

function weightedMeans(values: Float64Array, treated: Uint8Array, weights?: Float64Array): [number, number] {
  const sum = [0, 0];
  const total = [0, 0];
  for (let i = 0; i < values.length; i++) {
    const w = weights ? weights[i] : 1;
    sum[treated[i]] += w * values[i];
    total[treated[i]] += w;
  }
  return [sum[1] / total[1], sum[0] / total[0]];
}

function isBinary(values: Float64Array): boolean {
  for (const v of values) if (v !== 0 && v !== 1) return false;
  return true;
}

function treatedStandardDeviation(values: Float64Array, treated: Uint8Array, binary: boolean): number {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    if (treated[i] === 1) {
      n++;
      sum += values[i];
    }
  }
  const mean = sum / n;
  if (binary) return Math.sqrt(mean * (1 - mean));
  let squares = 0;
  for (let i = 0; i < values.length; i++) if (treated[i] === 1) squares += (values[i] - mean) ** 2;
  return Math.sqrt(squares / (n - 1));
}

function pooledStandardDeviation(values: Float64Array, treated: Uint8Array, binary: boolean): number {
  const n = [0, 0];
  const sum = [0, 0];
  for (let i = 0; i < values.length; i++) {
    n[treated[i]]++;
    sum[treated[i]] += values[i];
  }
  if (binary) {
    // MatchIt's pooled_sd for 0/1 variables: Σ_g s_g (1 − s_g / n_g) / n.
    return Math.sqrt((sum[0] * (1 - sum[0] / n[0]) + sum[1] * (1 - sum[1] / n[1])) / values.length);
  }
  const mean = [sum[0] / n[0], sum[1] / n[1]];
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i] - mean[treated[i]]) ** 2;
  return Math.sqrt(squares / (values.length - 2));
}

function standardisedDifference(difference: number, sd: number): number | null {
  if (Math.abs(difference) <= ROOT_EPSILON) return difference;
  const value = difference / sd;
  return Number.isFinite(value) ? value : null;
}

/**
 * Standardised mean differences of each covariate, unweighted (before) and with the adjustment's
 * weights (after; equal to before when no weights are given), scaled by the treated group's SD.
 */
export function balanceTable(
  covariates: { name: string; values: Float64Array }[],
  treated: Uint8Array,
  weightsAfter?: Float64Array,
): BalanceRow[] {
  return covariates.map(({ name, values }) => {
    const binary = isBinary(values);
    let sd = treatedStandardDeviation(values, treated, binary);
    if (!Number.isFinite(sd) || sd < ROOT_EPSILON) sd = pooledStandardDeviation(values, treated, binary);
    const [t0, c0] = weightedMeans(values, treated);
    const smdBefore = standardisedDifference(t0 - c0, sd);
    if (!weightsAfter) return { covariate: name, smdBefore, smdAfter: smdBefore };
    const [t1, c1] = weightedMeans(values, treated, weightsAfter);
    return { covariate: name, smdBefore, smdAfter: standardisedDifference(t1 - c1, sd) };
  });
}

// Retention: Kaplan–Meier estimates of staying employed, their Greenwood standard errors, and
// the log-rank test between groups.
//
// Kaplan–Meier (R: summary(survfit(Surv(time, event) ~ 1))): at each distinct time t with dₜ
// departures among nₜ still employed just before t (those leaving or censored at t included),
//   S(t) = Π_{s ≤ t} (1 − dₛ/nₛ)
//   SE(t) = S(t) √(Σ_{s ≤ t} dₛ / (nₛ(nₛ − dₛ)))      (Greenwood, on the survival scale)
// SE is null where S(t) = 0 (R prints NaN there: 0 × ∞).
//
// Log-rank (R: survdiff(Surv(time, event) ~ group), rho = 0): over the distinct event times,
//   O_g = Σ d_gt,  E_g = Σ dₜ n_gt / nₜ,
//   V_gh = Σ dₜ (nₜ − dₜ)/(nₜ − 1) · (n_gt/nₜ) (δ_gh − n_ht/nₜ)   (hypergeometric),
//   χ² = (O − E)' V⁻¹ (O − E) over the first k − 1 groups, k − 1 degrees of freedom,
//   p = 1 − F_χ²(χ²; k − 1) (@stdlib chi-square CDF).
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { inverse, Matrix } from 'ml-matrix';
import { InvalidEvidenceInputError, type RetentionData } from './input.ts';

export interface SurvivalRow {
  time: number;
  atRisk: number;
  events: number;
  survival: number;
  standardError: number | null;
}

export interface SurvivalCurve {
  group: string;
  n: number;
  events: number;
  table: SurvivalRow[];
  /** Survival at each horizon the group's follow-up reaches (key: the horizon). */
  survivalAt: Record<string, number>;
}

export interface LogRankTest {
  chiSquare: number;
  degreesOfFreedom: number;
  pValue: number;
}

/** The answer of `mutualis retention`, as in the contract (shared/spec/evidence.md). */
export interface RetentionEstimate {
  groups: SurvivalCurve[];
  logRank?: LogRankTest;
}

/** The horizons of the contract: 12 and 24 (months, or whatever unit the time column is in). */
export const RETENTION_HORIZONS = [12, 24] as const;

function byTime(time: Float64Array, rows: number[]): number[] {
  return [...rows].sort((a, b) => time[a] - time[b]);
}

/** Kaplan–Meier curve of the given rows (all when omitted): one table row per distinct time with a departure, Greenwood SE, survival at the horizons the follow-up reaches. */
export function kaplanMeier(
  data: Pick<RetentionData, 'time' | 'event'>,
  group: string,
  rows?: number[],
  horizons: readonly number[] = RETENTION_HORIZONS,
): SurvivalCurve {
  const { time, event } = data;
  const sorted = byTime(time, rows ?? Array.from(time, (_, i) => i));
  const n = sorted.length;
  const table: SurvivalRow[] = [];
  let survival = 1;
  let greenwood = 0;
  let totalEvents = 0;
  for (let start = 0; start < n; ) {
    const t = time[sorted[start]];
    let end = start;
    let events = 0;
    while (end < n && time[sorted[end]] === t) {
      events += event[sorted[end]];
      end++;
    }
    const atRisk = n - start;
    if (events > 0) {
      survival *= 1 - events / atRisk;
      greenwood += atRisk === events ? Number.POSITIVE_INFINITY : events / (atRisk * (atRisk - events));
      const standardError = survival > 0 ? survival * Math.sqrt(greenwood) : null;
      table.push({ time: t, atRisk, events, survival, standardError });
      totalEvents += events;
    }
    start = end;
  }
  const lastTime = n > 0 ? time[sorted[n - 1]] : Number.NEGATIVE_INFINITY;
  const survivalAt: Record<string, number> = {};
  for (const horizon of horizons) {
    if (lastTime < horizon) continue;
    let s = 1;
    for (const row of table) {
      if (row.time > horizon) break;
      s = row.survival;
    }
    survivalAt[String(horizon)] = s;
  }
  return { group, n, events: totalEvents, table, survivalAt };
}

/** Log-rank test that the groups' survival curves are equal (k groups, k − 1 degrees of freedom). */
export function logRankTest(
  data: Pick<RetentionData, 'time' | 'event'>,
  groupOf: Int32Array,
  groups: number,
): LogRankTest {
  const { time, event } = data;
  const sorted = byTime(
    time,
    Array.from(time, (_, i) => i),
  );
  const n = sorted.length;
  const atRisk = new Float64Array(groups);
  for (let i = 0; i < n; i++) atRisk[groupOf[i]]++;
  const observed = new Float64Array(groups);
  const expected = new Float64Array(groups);
  const variance = new Matrix(groups, groups);
  const deaths = new Float64Array(groups);
  const leaving = new Float64Array(groups);
  for (let start = 0; start < n; ) {
    const t = time[sorted[start]];
    deaths.fill(0);
    leaving.fill(0);
    let end = start;
    while (end < n && time[sorted[end]] === t) {
      const row = sorted[end];
      deaths[groupOf[row]] += event[row];
      leaving[groupOf[row]]++;
      end++;
    }
    const total = n - start;
    let d = 0;
    for (let g = 0; g < groups; g++) d += deaths[g];
    if (d > 0) {
      const spread = total > 1 ? (d * (total - d)) / (total - 1) : 0;
      for (let g = 0; g < groups; g++) {
        observed[g] += deaths[g];
        expected[g] += (d * atRisk[g]) / total;
        for (let h = 0; h < groups; h++) {
          const share = (atRisk[g] / total) * ((g === h ? 1 : 0) - atRisk[h] / total);
          variance.set(g, h, variance.get(g, h) + spread * share);
        }
      }
    }
    for (let g = 0; g < groups; g++) atRisk[g] -= leaving[g];
    start = end;
  }
  const k = groups - 1;
  const difference = Matrix.columnVector(Array.from(observed.subarray(0, k), (o, g) => o - expected[g]));
  const v = variance.subMatrix(0, k - 1, 0, k - 1);
  let chiSquare = Number.NaN;
  try {
    chiSquare = difference.transpose().mmul(inverse(v)).mmul(difference).get(0, 0);
  } catch {
    // a singular variance: handled below
  }
  if (!Number.isFinite(chiSquare) || chiSquare < 0) {
    throw new InvalidEvidenceInputError(
      'the log-rank test is undefined here: some group has no departures and no one at risk at the departure times of the others',
    );
  }
  return { chiSquare, degreesOfFreedom: k, pValue: 1 - chisquareCdf(chiSquare, k) };
}

function compareLabels(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Kaplan–Meier per group (or one group "all") and, with groups, the log-rank test; groups in numeric order when numeric, else alphabetical. */
export function estimateRetention(data: RetentionData): RetentionEstimate {
  if (!data.group) return { groups: [kaplanMeier(data, 'all')] };
  const labels = [...new Set(data.group)].sort(compareLabels);
  if (labels.length < 2) {
    throw new InvalidEvidenceInputError(
      `the --group column has a single value ("${labels[0]}"): there is nothing to compare; leave --group out for one curve`,
    );
  }
  const index = new Map(labels.map((label, g) => [label, g]));
  const groupOf = Int32Array.from(data.group, (label) => index.get(label) as number);
  const rowsOf: number[][] = labels.map(() => []);
  groupOf.forEach((g, i) => {
    rowsOf[g].push(i);
  });
  return {
    groups: labels.map((label, g) => kaplanMeier(data, label, rowsOf[g])),
    logRank: logRankTest(data, groupOf, labels.length),
  };
}

// The employee outcomes of training, adjusted for who was trained: wage growth over 12 months and
// staying employed 12 and 24 months after the index date; and the retention curves.

import type { EffectMethod } from '../evidence/input.ts';
import { InvalidEvidenceInputError } from '../evidence/input.ts';
import { estimateRetention, type SurvivalCurve } from '../evidence/survival.ts';
import { cellIsShown, SUPPRESSION } from '../outcomes/suppression.ts';
import type { CohortRow } from './cohort.ts';
import { type EstimateAnswer, estimateOnUnitsByMethods, PRIMARY_METHOD, type Unit } from './estimate.ts';

/** The covariates of the propensity model and the regressions: what decides who gets trained and what moves wages and departures. */
export const EMPLOYEE_COVARIATES = [
  'age',
  'tenureYears',
  'lowSkilled',
  'teer',
  'firmSize',
  'logWage',
  'indexYear',
] as const;

/** The methods shown beside the primary one, as a check on it. */
export const CHECK_METHODS: readonly EffectMethod[] = ['difference', 'regression', 'matching'];

export interface OutcomeEffect {
  primary: EstimateAnswer;
  checks: EstimateAnswer[];
}

// A row's covariates are the same for every outcome: built once per row (five outcomes read them).
const covariatesOfRow = new WeakMap<CohortRow, Unit['covariates']>();

function covariatesOf(row: CohortRow): Unit['covariates'] {
  let covariates = covariatesOfRow.get(row);
  if (!covariates) {
    covariates = {
      age: row.age,
      tenureYears: row.tenureYears,
      lowSkilled: row.lowSkilled,
      teer: row.teer,
      firmSize: row.firmSize,
      logWage: row.wageBeforeCents === null ? null : Math.log(row.wageBeforeCents / 100),
      indexYear: row.indexYear,
    };
    covariatesOfRow.set(row, covariates);
  }
  return covariates;
}

function unitOf(row: CohortRow, outcome: number): Unit {
  return { memberId: row.memberId, trained: row.trained, outcome, covariates: covariatesOf(row) };
}

function effectOn(units: Unit[], checks: readonly EffectMethod[] = CHECK_METHODS): OutcomeEffect {
  const [primary, ...answers] = estimateOnUnitsByMethods(units, [PRIMARY_METHOD, ...checks], {
    unit: 'people',
    covariates: EMPLOYEE_COVARIATES,
  });
  return { primary, checks: answers };
}

/** Effect of training on wage growth over the 12 months after the index date (log points ≈ %). */
export function wageGrowthEffect(cohort: readonly CohortRow[]): OutcomeEffect {
  return effectOn(cohort.filter((r) => r.wageGrowth !== null).map((r) => unitOf(r, r.wageGrowth as number)));
}

/**
 * Effect of training on being still employed `months` (12 or 24) after the index date, in percentage
 * points. At 24 months the check is by the raw difference and regression only: matching, the costliest
 * method, is shown for the 12-month effect.
 */
export function retentionEffect(cohort: readonly CohortRow[], months: 12 | 24): OutcomeEffect {
  const key = months === 12 ? 'stayed12' : 'stayed24';
  const units = cohort.filter((r) => r[key] !== null).map((r) => unitOf(r, 100 * (r[key] as number)));
  return effectOn(units, months === 12 ? CHECK_METHODS : ['difference', 'regression']);
}

/**
 * Effect of training on being promoted (a job class of a lower TEER) within `months` (12 or 24) of the
 * index date, in percentage points, among those still employed then. Checked by difference and
 * regression (matching, the costliest method, is kept for the wage and 12-month retention effects:
 * the dashboard of a large mutual must stay fast).
 */
export function promotionEffect(cohort: readonly CohortRow[], months: 12 | 24): OutcomeEffect {
  const key = months === 12 ? 'promoted12' : 'promoted24';
  const units = cohort.filter((r) => r[key] !== null).map((r) => unitOf(r, 100 * (r[key] as number)));
  return effectOn(units, ['difference', 'regression']);
}

export interface CurvePoint {
  months: number;
  survival: number;
  lower: number;
  upper: number;
  atRisk: number;
}

export interface RetentionCurve {
  group: 'trained' | 'comparison';
  /** null when the group is a small cell. */
  people: number | null;
  firms: number | null;
  /** Kaplan–Meier points with their 95 % band (at most one per quarter-month), up to the last time with at least 5 people at risk. */
  points: CurvePoint[];
  /** Survival at 12 and 24 months with its 95 % interval, when at least 5 people are still followed then. */
  at: { months: 12 | 24; survival: number; ci95: [number, number] }[];
}

export interface RetentionCurves {
  curves: RetentionCurve[];
  logRank: { chiSquare: number; degreesOfFreedom: number; pValue: number } | null;
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));

function curveOf(
  curve: SurvivalCurve | undefined,
  rows: readonly CohortRow[],
  group: 'trained' | 'comparison',
): RetentionCurve {
  const people = rows.length;
  const firms = new Set(rows.map((r) => r.memberId)).size;
  if (!curve || !cellIsShown({ people, firms })) return { group, people: null, firms: null, points: [], at: [] };
  const times = rows.map((r) => r.followUpMonths).sort((a, b) => a - b);
  // people still followed at time t: those whose follow-up reaches t
  const followedAt = (t: number) => {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return times.length - lo;
  };
  // One point per quarter-month at most (the last departure time of each): a chart shows no more,
  // and a large mutual's curve would otherwise send thousands of points.
  const points: CurvePoint[] = [{ months: 0, survival: 1, lower: 1, upper: 1, atRisk: people }];
  const bucket = (t: number) => Math.floor(t * 4);
  for (const [i, row] of curve.table.entries()) {
    if (row.atRisk < SUPPRESSION.minPeople) break;
    const next = curve.table[i + 1];
    if (next && next.atRisk >= SUPPRESSION.minPeople && bucket(next.time) === bucket(row.time)) continue;
    const se = row.standardError ?? 0;
    points.push({
      months: row.time,
      survival: row.survival,
      lower: clamp(row.survival - 1.959964 * se),
      upper: clamp(row.survival + 1.959964 * se),
      atRisk: row.atRisk,
    });
  }
  const at: RetentionCurve['at'] = [];
  for (const months of [12, 24] as const) {
    if (followedAt(months) < SUPPRESSION.minPeople) continue;
    let s = 1;
    let se = 0;
    for (const row of curve.table) {
      if (row.time > months) break;
      s = row.survival;
      se = row.standardError ?? 0;
    }
    at.push({ months, survival: s, ci95: [clamp(s - 1.959964 * se), clamp(s + 1.959964 * se)] });
  }
  return { group, people, firms, points, at };
}

/** Kaplan–Meier curves of staying employed, trained vs comparison (unadjusted), and the log-rank test. */
export function retentionCurves(cohort: readonly CohortRow[]): RetentionCurves {
  const trained = cohort.filter((r) => r.trained === 1);
  const comparison = cohort.filter((r) => r.trained === 0);
  if (trained.length === 0 || comparison.length === 0) {
    return {
      curves: [curveOf(undefined, trained, 'trained'), curveOf(undefined, comparison, 'comparison')],
      logRank: null,
    };
  }
  try {
    const estimate = estimateRetention({
      time: Float64Array.from(cohort, (r) => r.followUpMonths),
      event: Uint8Array.from(cohort, (r) => r.left),
      group: cohort.map((r) => (r.trained ? 'trained' : 'comparison')),
    });
    const byName = new Map(estimate.groups.map((g) => [g.group, g]));
    const curves = [
      curveOf(byName.get('trained'), trained, 'trained'),
      curveOf(byName.get('comparison'), comparison, 'comparison'),
    ];
    const shown = curves.every((c) => c.people !== null);
    return { curves, logRank: shown && estimate.logRank ? estimate.logRank : null };
  } catch (error) {
    if (error instanceof InvalidEvidenceInputError)
      return {
        curves: [curveOf(undefined, trained, 'trained'), curveOf(undefined, comparison, 'comparison')],
        logRank: null,
      };
    throw error;
  }
}

// An effect estimate as the app shows it: the evidence engine's answer on a table of units, or "not
// enough data" below the minimum sample, or "not estimable" when the engine refuses the data (the
// covariates separate the groups, say). Small groups are never shown as numbers (suppression).

import type { BalanceRow } from '../evidence/balance.ts';
import { type EffectMemo, estimateEffect } from '../evidence/effect.ts';
import { type EffectData, type EffectMethod, InvalidEvidenceInputError } from '../evidence/input.ts';
import { clusterIndex } from '../evidence/linear-model.ts';
import { cellIsShown } from '../outcomes/suppression.ts';

/** The smallest groups an estimate is given for: people per group for employees, firms per group for firms. */
export const MINIMUM_SAMPLE = { peoplePerGroup: 30, firmsPerGroup: 3, firmUnitsPerGroup: 8 } as const;

/** The method each outcome is estimated by first; the others are shown beside it as a check. */
export const PRIMARY_METHOD: EffectMethod = 'weighting';

export interface GroupSize {
  /** Units (people or firms) in the group; null when suppressed (fewer than 5 people or 3 firms). */
  units: number | null;
  firms: number | null;
}

export type EstimateAnswer =
  | {
      status: 'estimated';
      method: EffectMethod;
      estimate: number;
      standardError: number;
      ci95: [number, number];
      treated: GroupSize;
      comparison: GroupSize;
      balance: BalanceRow[];
      notes: string[];
    }
  | { status: 'not_enough_data'; method: EffectMethod; treated: GroupSize; comparison: GroupSize; minimum: number }
  | { status: 'not_estimable'; method: EffectMethod; treated: GroupSize; comparison: GroupSize; reason: string };

/** One unit of an estimate: its outcome, its group and its covariates (by name). */
export interface Unit {
  memberId: string;
  trained: 0 | 1;
  outcome: number;
  /** The pre-period outcome (difference in differences). */
  pre?: number;
  covariates: Record<string, number | null>;
}

export interface EstimateOptions {
  method: EffectMethod;
  /** 'people': employees (min 30 per group); 'firms': firms or firm-years (min 8 per group). */
  unit: 'people' | 'firms';
  covariates: readonly string[];
}

/** Counts shown only when the group is not a small cell. */
export function groupSize(units: readonly Unit[], unit: 'people' | 'firms'): GroupSize {
  return sizeOf(units.length, distinctFirms(units), unit);
}

function sizeOf(count: number, firms: number, unit: 'people' | 'firms'): GroupSize {
  const shown = cellIsShown({ people: unit === 'people' ? count : null, firms });
  return { units: shown ? count : null, firms: shown ? firms : null };
}

function distinctFirms(units: readonly Unit[]): number {
  const firms = new Set<string>();
  for (const u of units) firms.add(u.memberId);
  return firms.size;
}

/**
 * Missing covariate values take the mean of the others (a note says how many); a covariate that is
 * constant over the units is left out (it cannot explain who was trained).
 */
function covariateColumns(units: readonly Unit[], names: readonly string[], notes: string[]) {
  const columns: { name: string; values: Float64Array }[] = [];
  const n = units.length;
  for (const name of names) {
    const values = new Float64Array(n);
    const missing = new Uint8Array(n);
    let known = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const v = units[i].covariates[name];
      if (v === null || v === undefined || !Number.isFinite(v)) missing[i] = 1;
      else {
        values[i] = v;
        sum += v;
        known++;
      }
    }
    if (known === 0) continue;
    // the mean of the known values, added in the units' order (as a reduce over them would)
    const mean = sum / known;
    let constant = true;
    for (let i = 0; i < n; i++) {
      if (missing[i]) values[i] = mean;
      if (values[i] !== values[0]) constant = false;
    }
    if (constant) {
      notes.push(`covariate "${name}" is the same for everyone here: left out`);
      continue;
    }
    if (known < n) notes.push(`covariate "${name}": ${n - known} missing value(s) set to the mean`);
    columns.push({ name, values });
  }
  return columns;
}

/** Estimates the ATT on the units, or says why not (sample below the minimum, engine refusal). */
export function estimateOnUnits(units: readonly Unit[], options: EstimateOptions): EstimateAnswer {
  return estimateOnUnitsByMethods(units, [options.method], options)[0];
}

/**
 * estimateOnUnits by each of `methods` on the same units, in that order: the units' table (group
 * sizes, covariates, clusters) is built once, and the propensity model once for weighting and
 * matching. Each answer is the one estimateOnUnits gives for its method.
 */
export function estimateOnUnitsByMethods(
  units: readonly Unit[],
  methods: readonly EffectMethod[],
  options: Omit<EstimateOptions, 'method'>,
): EstimateAnswer[] {
  const treatedUnits = units.filter((u) => u.trained === 1);
  const comparisonUnits = units.filter((u) => u.trained === 0);
  const treatedFirms = distinctFirms(treatedUnits);
  const comparisonFirms = distinctFirms(comparisonUnits);
  const treated = sizeOf(treatedUnits.length, treatedFirms, options.unit);
  const comparison = sizeOf(comparisonUnits.length, comparisonFirms, options.unit);
  const minimum = options.unit === 'people' ? MINIMUM_SAMPLE.peoplePerGroup : MINIMUM_SAMPLE.firmUnitsPerGroup;
  const firmsMinimum = MINIMUM_SAMPLE.firmsPerGroup;
  const enough = (count: number, firms: number) => count >= minimum && firms >= firmsMinimum;
  if (!enough(treatedUnits.length, treatedFirms) || !enough(comparisonUnits.length, comparisonFirms))
    return methods.map((method) => ({ status: 'not_enough_data', method, treated, comparison, minimum }));
  const notes: string[] = [];
  const covariates = covariateColumns(units, options.covariates, notes);
  const n = units.length;
  const outcome = new Float64Array(n);
  const trainedFlags = new Uint8Array(n);
  const rowNumbers: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    outcome[i] = units[i].outcome;
    trainedFlags[i] = units[i].trained;
    rowNumbers[i] = i + 2;
  }
  const data: EffectData = {
    outcome,
    treated: trainedFlags,
    covariates,
    pre: undefined,
    rowNumbers,
    // Employees of a firm share shocks: their effects' standard errors are clustered by firm (CR1;
    // matching keeps Abadie–Imbens). Firm outcomes have one unit per firm: nothing to cluster.
    clusters: options.unit === 'people' ? clusterIndex(units.map((u) => u.memberId)) : undefined,
    nTreated: treatedUnits.length,
    nControl: comparisonUnits.length,
  };
  const shared: EffectMemo = {};
  return methods.map((method): EstimateAnswer => {
    if ((method === 'matching' || method === 'weighting') && covariates.length === 0) {
      return {
        status: 'not_estimable',
        method,
        treated,
        comparison,
        reason: 'no covariate varies: there is nothing to model who was trained',
      };
    }
    const methodData = method === 'did' ? { ...data, pre: Float64Array.from(units, (u) => u.pre ?? Number.NaN) } : data;
    try {
      const answer = estimateEffect(methodData, method, method === 'did' ? {} : shared);
      return {
        status: 'estimated',
        method,
        estimate: answer.estimate,
        standardError: answer.standardError,
        ci95: answer.ci95,
        treated,
        comparison,
        balance: answer.balance,
        notes: [...notes, ...answer.notes],
      };
    } catch (error) {
      if (error instanceof InvalidEvidenceInputError)
        return { status: 'not_estimable', method, treated, comparison, reason: error.message };
      throw error;
    }
  });
}

// An effect estimate as the app shows it: the evidence engine's answer on a table of units, or "not
// enough data" below the minimum sample, or "not estimable" when the engine refuses the data (the
// covariates separate the groups, say). Small groups are never shown as numbers (suppression).

import type { BalanceRow } from '../evidence/balance.ts';
import { estimateEffect } from '../evidence/effect.ts';
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
  const firms = new Set(units.map((u) => u.memberId)).size;
  const shown = cellIsShown({ people: unit === 'people' ? units.length : null, firms });
  return { units: shown ? units.length : null, firms: shown ? firms : null };
}

/**
 * Missing covariate values take the mean of the others (a note says how many); a covariate that is
 * constant over the units is left out (it cannot explain who was trained).
 */
function covariateColumns(units: readonly Unit[], names: readonly string[], notes: string[]) {
  const columns: { name: string; values: Float64Array }[] = [];
  for (const name of names) {
    const known = units
      .map((u) => u.covariates[name])
      .filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
    if (known.length === 0) continue;
    const mean = known.reduce((a, b) => a + b, 0) / known.length;
    const values = Float64Array.from(units, (u) => {
      const v = u.covariates[name];
      return v === null || v === undefined || !Number.isFinite(v) ? mean : v;
    });
    if (values.every((v) => v === values[0])) {
      notes.push(`covariate "${name}" is the same for everyone here: left out`);
      continue;
    }
    if (known.length < units.length)
      notes.push(`covariate "${name}": ${units.length - known.length} missing value(s) set to the mean`);
    columns.push({ name, values });
  }
  return columns;
}

/** Estimates the ATT on the units, or says why not (sample below the minimum, engine refusal). */
export function estimateOnUnits(units: readonly Unit[], options: EstimateOptions): EstimateAnswer {
  const treatedUnits = units.filter((u) => u.trained === 1);
  const comparisonUnits = units.filter((u) => u.trained === 0);
  const treated = groupSize(treatedUnits, options.unit);
  const comparison = groupSize(comparisonUnits, options.unit);
  const minimum = options.unit === 'people' ? MINIMUM_SAMPLE.peoplePerGroup : MINIMUM_SAMPLE.firmUnitsPerGroup;
  const firmsMinimum = MINIMUM_SAMPLE.firmsPerGroup;
  const enough = (g: Unit[]) => g.length >= minimum && new Set(g.map((u) => u.memberId)).size >= firmsMinimum;
  if (!enough(treatedUnits) || !enough(comparisonUnits))
    return { status: 'not_enough_data', method: options.method, treated, comparison, minimum };
  const notes: string[] = [];
  const covariates = covariateColumns(units, options.covariates, notes);
  const data: EffectData = {
    outcome: Float64Array.from(units, (u) => u.outcome),
    treated: Uint8Array.from(units, (u) => u.trained),
    covariates,
    pre: options.method === 'did' ? Float64Array.from(units, (u) => u.pre ?? Number.NaN) : undefined,
    rowNumbers: units.map((_, i) => i + 2),
    // Employees of a firm share shocks: their effects' standard errors are clustered by firm (CR1;
    // matching keeps Abadie–Imbens). Firm outcomes have one unit per firm: nothing to cluster.
    clusters: options.unit === 'people' ? clusterIndex(units.map((u) => u.memberId)) : undefined,
    nTreated: treatedUnits.length,
    nControl: comparisonUnits.length,
  };
  if ((options.method === 'matching' || options.method === 'weighting') && covariates.length === 0) {
    return {
      status: 'not_estimable',
      method: options.method,
      treated,
      comparison,
      reason: 'no covariate varies: there is nothing to model who was trained',
    };
  }
  try {
    const answer = estimateEffect(data, options.method);
    return {
      status: 'estimated',
      method: options.method,
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
      return { status: 'not_estimable', method: options.method, treated, comparison, reason: error.message };
    throw error;
  }
}

// Facts of the years → the scorecard answer: values, thresholds, ratings, reasons and trends.
import type { Scorecard } from '@mutualis/contracts';
import type { MutualBasis } from '@mutualis/domain/governance/recognition';
import {
  computeIndicators,
  INDICATORS,
  type IndicatorKey,
  type IndicatorValue,
  type MutualYearFacts,
  rateIndicator,
  SCORECARD_DIMENSIONS,
  suppressSmallCells,
  type Threshold,
  trendOf,
} from '@mutualis/domain/governance/scorecard';

/** Each year's indicator values (suppressed when seen from outside the mutual). */
export function yearlyValues(
  facts: readonly MutualYearFacts[],
  outside: boolean,
): { year: number; values: Record<IndicatorKey, IndicatorValue> }[] {
  return facts.map((f) => {
    const values = computeIndicators(f);
    return { year: f.year, values: outside ? suppressSmallCells(values) : values };
  });
}

/** The scorecard of one mutual for `year`, with the trajectories of the years given. */
export function buildScorecard(
  mutual: { id: string; name: string; kind: string },
  facts: readonly MutualYearFacts[],
  thresholds: Map<IndicatorKey, Threshold>,
  year: number,
  outside: boolean,
): Scorecard {
  const yearly = yearlyValues(facts, outside);
  const indicators = INDICATORS.map((d) => {
    const values = yearly.map((y) => ({ year: y.year, value: y.values[d.key].value, status: y.values[d.key].status }));
    const current = values.find((v) => v.year === year) ?? { year, value: null, status: 'not_available' as const };
    const threshold = d.defaultThreshold ? (thresholds.get(d.key) ?? d.defaultThreshold) : null;
    const rated = rateIndicator(d.key, current, threshold);
    const upToYear = values.filter((v) => v.year <= year).map((v) => v.value);
    return {
      key: d.key,
      dimension: d.dimension,
      unit: d.unit,
      better: d.better,
      source: d.source,
      threshold,
      thresholdIsDefault: !thresholds.has(d.key),
      values,
      current,
      rating: rated.rating,
      reason: rated.reason,
      trend: trendOf(d.key, upToYear),
    };
  });
  const dimensions = SCORECARD_DIMENSIONS.map((dimension) => {
    const of = indicators.filter((i) => i.dimension === dimension);
    const n = (r: string) => of.filter((i) => i.rating === r).length;
    return { dimension, green: n('green'), amber: n('amber'), red: n('red'), none: n('none') };
  });
  return {
    mutualId: mutual.id,
    mutualName: mutual.name,
    basis: mutual.kind as MutualBasis,
    year,
    years: yearly.map((y) => y.year),
    suppressed: outside,
    indicators,
    dimensions,
  };
}

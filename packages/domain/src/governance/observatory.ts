// The observatory: many mutuals side by side and year by year, compared by type and by size, as
// the study compared four mutuals over ten years. Group figures pool the mutuals' counts and are
// suppressed like any cell seen outside a mutual.
import type { MutualBasis } from './recognition.ts';
import { type IndicatorKey, type IndicatorValue, indicatorDefinition } from './scorecard.ts';
import { isSmallCell } from './suppression.ts';

/** The observatory's size classes of a mutual, by its active member firms. */
export const MUTUAL_SIZE_CLASSES = ['small', 'medium', 'large'] as const;
export type MutualSizeClass = (typeof MUTUAL_SIZE_CLASSES)[number];

/** small: under 25 member firms; medium: 25 to 74; large: 75 and more. */
export function mutualSizeClassOf(activeMembers: number): MutualSizeClass {
  if (activeMembers < 25) return 'small';
  if (activeMembers < 75) return 'medium';
  return 'large';
}

/** The observatory's types of mutual: regional groups, sectoral ones (with CSMOs and parity committees), and the rest. */
export const MUTUAL_TYPES = ['regional', 'sectoral', 'other'] as const;
export type MutualType = (typeof MUTUAL_TYPES)[number];

/** The comparison type of a mutual's basis. */
export function mutualTypeOf(basis: MutualBasis): MutualType {
  if (basis === 'regional') return 'regional';
  if (basis === 'sectoral' || basis === 'csmo' || basis === 'parity_committee') return 'sectoral';
  return 'other';
}

export interface GroupFigure {
  /** The mean over the group's mutuals (counts, money) or the pooled share (shares); null when suppressed or unknown. */
  value: number | null;
  status: IndicatorValue['status'];
  /** Mutuals with a value in the group. */
  mutuals: number;
}

/**
 * One indicator over a group of mutuals in one year. Shares pool numerators and denominators (a
 * share of all the firms or workers in the group); counts and money are the mean per mutual.
 * The group's cell is suppressed when the counts it rests on, added up, are small.
 */
export function groupFigure(key: IndicatorKey, values: readonly IndicatorValue[]): GroupFigure {
  const d = indicatorDefinition(key);
  const known = values.filter((v) => v.status === 'ok' && v.value !== null);
  if (known.length === 0) {
    const suppressedOnly = values.some((v) => v.status === 'suppressed');
    return { value: null, status: suppressedOnly ? 'suppressed' : 'not_available', mutuals: 0 };
  }
  const people = known.reduce((n, v) => n + (v.base.people ?? 0), 0);
  const firms = known.reduce((n, v) => n + (v.base.firms ?? 0), 0);
  const base = {
    people: known.some((v) => v.base.people !== undefined && v.base.people !== null) ? people : undefined,
    firms: known.some((v) => v.base.firms !== undefined && v.base.firms !== null) ? firms : undefined,
  };
  if (isSmallCell(base)) return { value: null, status: 'suppressed', mutuals: known.length };
  const pooled = known.every((v) => v.numerator !== undefined && v.denominator !== undefined);
  let value: number;
  if (d.unit === 'share' && pooled) {
    const den = known.reduce((n, v) => n + (v.denominator ?? 0), 0);
    value = den > 0 ? known.reduce((n, v) => n + (v.numerator ?? 0), 0) / den : 0;
  } else {
    value = known.reduce((n, v) => n + (v.value ?? 0), 0) / known.length;
  }
  return { value: Math.round(value * 10_000) / 10_000, status: 'ok', mutuals: known.length };
}

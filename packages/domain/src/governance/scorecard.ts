// The health scorecard of a mutual, built on the study's conditions of success: leadership,
// ecosystem, viability, reach and results. Each indicator has a definition, a yearly value, a
// threshold the board can set, a red/amber/green rating with its reason, and a trend.
import { attendanceRate } from './board.ts';
import { fundingDiversity } from './ecosystem.ts';
import { type CellBase, isSmallCell } from './suppression.ts';

export const SCORECARD_DIMENSIONS = ['leadership', 'ecosystem', 'viability', 'reach', 'results'] as const;
export type ScorecardDimension = (typeof SCORECARD_DIMENSIONS)[number];

export const INDICATOR_KEYS = [
  'board_compliant',
  'board_meetings',
  'board_attendance',
  'active_leaders',
  'active_partners',
  'partner_kinds',
  'support_kinds',
  'financial_support',
  'funding_diversity',
  'active_members',
  'renewal_rate',
  'ledger_balance',
  'grant_dependency',
  'firms_served',
  'workers_served',
  'micro_small_share',
  'low_skilled_share',
  'retention_12m',
  'wage_change',
  'productivity_change',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** flag: 1 or 0; share: 0 to 1; count: a whole number; cents: money. */
export const INDICATOR_UNITS = ['flag', 'share', 'count', 'cents'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** Where an indicator's data comes from (finance and evidence are other modules of Mutualis). */
export const INDICATOR_SOURCES = ['board', 'ecosystem', 'members', 'activity', 'finance', 'evidence'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

export const RATINGS = ['green', 'amber', 'red', 'none'] as const;
export type Rating = (typeof RATINGS)[number];

/** Why an indicator has its rating (the web app puts it in words with the value and the threshold). */
export const RATING_REASONS = [
  'meets_target',
  'below_target',
  'below_alert',
  'above_target',
  'above_alert',
  'breaks_rules',
  'not_available',
  'suppressed',
  'not_enough_data',
] as const;
export type RatingReason = (typeof RATING_REASONS)[number];

export interface Threshold {
  /** At or better than this: green. */
  green: number;
  /** At or better than this (but short of green): amber; worse: red. */
  amber: number;
}

export interface IndicatorDefinition {
  key: IndicatorKey;
  dimension: ScorecardDimension;
  unit: IndicatorUnit;
  better: 'higher' | 'lower';
  source: IndicatorSource;
  /** null for a flag: met or not, no threshold to set. */
  defaultThreshold: Threshold | null;
  /** Whose counts the value rests on, for small-cell suppression outside the mutual. */
  restsOn: 'nobody' | 'firms' | 'people';
}

const def = (
  key: IndicatorKey,
  dimension: ScorecardDimension,
  unit: IndicatorUnit,
  source: IndicatorSource,
  defaultThreshold: Threshold | null,
  restsOn: IndicatorDefinition['restsOn'] = 'nobody',
  better: 'higher' | 'lower' = 'higher',
): IndicatorDefinition => ({ key, dimension, unit, better, source, defaultThreshold, restsOn });

/** Every indicator of the scorecard, in the order of the page. Thresholds are defaults a board may change. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  def('board_compliant', 'leadership', 'flag', 'board', null),
  def('board_meetings', 'leadership', 'count', 'board', { green: 4, amber: 2 }),
  def('board_attendance', 'leadership', 'share', 'board', { green: 0.75, amber: 0.6 }),
  def('active_leaders', 'leadership', 'count', 'board', { green: 4, amber: 2 }),
  def('active_partners', 'ecosystem', 'count', 'ecosystem', { green: 6, amber: 3 }),
  def('partner_kinds', 'ecosystem', 'count', 'ecosystem', { green: 4, amber: 2 }),
  def('support_kinds', 'ecosystem', 'count', 'ecosystem', { green: 3, amber: 2 }),
  def('financial_support', 'ecosystem', 'cents', 'ecosystem', { green: 5_000_000, amber: 1_500_000 }),
  def('funding_diversity', 'ecosystem', 'share', 'ecosystem', { green: 0.5, amber: 0.25 }),
  def('active_members', 'viability', 'count', 'members', { green: 30, amber: 15 }, 'firms'),
  def('renewal_rate', 'viability', 'share', 'members', { green: 0.85, amber: 0.7 }, 'firms'),
  def('ledger_balance', 'viability', 'cents', 'finance', { green: 5_000_000, amber: 0 }),
  def('grant_dependency', 'viability', 'share', 'finance', { green: 0.5, amber: 0.7 }, 'nobody', 'lower'),
  def('firms_served', 'reach', 'count', 'activity', { green: 20, amber: 10 }, 'firms'),
  def('workers_served', 'reach', 'count', 'activity', { green: 150, amber: 60 }, 'people'),
  def('micro_small_share', 'reach', 'share', 'activity', { green: 0.6, amber: 0.4 }, 'firms'),
  def('low_skilled_share', 'reach', 'share', 'activity', { green: 0.4, amber: 0.25 }, 'people'),
  def('retention_12m', 'results', 'share', 'evidence', { green: 0.85, amber: 0.75 }, 'people'),
  def('wage_change', 'results', 'share', 'evidence', { green: 0.03, amber: 0 }, 'people'),
  def('productivity_change', 'results', 'share', 'evidence', { green: 0.02, amber: 0 }, 'firms'),
];

/** The definition of an indicator. */
export const indicatorDefinition = (key: IndicatorKey): IndicatorDefinition =>
  INDICATORS.find((d) => d.key === key) as IndicatorDefinition;

/** True when the threshold is coherent for the indicator (green at or better than amber). */
export function isValidThreshold(key: IndicatorKey, t: Threshold): boolean {
  const d = indicatorDefinition(key);
  if (!d.defaultThreshold) return false;
  if (!Number.isFinite(t.green) || !Number.isFinite(t.amber)) return false;
  if (d.unit === 'share' && d.source !== 'evidence' && (t.green < 0 || t.green > 1 || t.amber < 0 || t.amber > 1))
    return false;
  return d.better === 'higher' ? t.green >= t.amber : t.green <= t.amber;
}

/**
 * ok: a value; not_available: the data is missing; suppressed: a small cell hidden outside the mutual;
 * not_enough_data: an evidence figure resting on fewer than 5 people or 3 firms, hidden for everyone
 * (decision 44: evidence leaves a firm as aggregates of at least 5 people and 3 firms, the board included).
 */
export const INDICATOR_STATUSES = ['ok', 'not_available', 'suppressed', 'not_enough_data'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** One indicator's value in one year, with the counts it rests on (numerator and denominator for shares). */
export interface IndicatorValue {
  value: number | null;
  status: IndicatorStatus;
  base: CellBase;
  numerator?: number;
  denominator?: number;
}

const missing: IndicatorValue = { value: null, status: 'not_available', base: {} };
const ok = (value: number, base: CellBase = {}, numerator?: number, denominator?: number): IndicatorValue => ({
  value,
  status: 'ok',
  base,
  ...(numerator !== undefined ? { numerator, denominator } : {}),
});
const share = (num: number, den: number, base: CellBase): IndicatorValue =>
  den > 0 ? ok(Math.round((num / den) * 10_000) / 10_000, base, num, den) : missing;

/** An evidence figure and what it rests on: the people (null when it counts firms only) and their distinct firms. */
export interface EvidenceCell {
  value: number | null;
  people: number | null;
  firms: number;
}

/** The evidence's minimum cell (decision 44, the same 5 people and 3 firms as `outcomes/suppression.ts`). */
export const EVIDENCE_MIN_PEOPLE = 5;
export const EVIDENCE_MIN_FIRMS = 3;

/**
 * An evidence indicator: "not enough data" when the cell rests on fewer than 5 people (when it counts
 * people) or fewer than 3 firms — none at all included — whoever looks; otherwise its value.
 */
export function evidenceIndicator(cell: EvidenceCell | null): IndicatorValue {
  if (cell === null || cell.value === null) return { value: null, status: 'not_enough_data', base: {} };
  if ((cell.people !== null && cell.people < EVIDENCE_MIN_PEOPLE) || cell.firms < EVIDENCE_MIN_FIRMS)
    return { value: null, status: 'not_enough_data', base: {} };
  return ok(Math.round(cell.value * 10_000) / 10_000, { people: cell.people, firms: cell.firms });
}

/**
 * Grant dependency: the grants' share of the year's revenue (grant revenue accounts, the funders'
 * included, over every revenue account, on their credit side); not available without revenue.
 */
export function grantDependency(grantRevenueCents: number, revenueCents: number): IndicatorValue {
  if (revenueCents <= 0) return missing;
  const g = Math.max(0, grantRevenueCents);
  return ok(Math.round((Math.min(g, revenueCents) / revenueCents) * 10_000) / 10_000, {}, g, revenueCents);
}

/** What one year of a mutual's life shows, gathered by the server from each module. */
export interface MutualYearFacts {
  year: number;
  /** null when the board has no member on record that year. */
  board: { compliant: boolean; meetings: { present: number; sitting: number }[] } | null;
  activeLeaders: number;
  ecosystem: { activePartners: number; partnerKinds: number; supportKinds: number; financialByPartnerCents: number[] };
  members: { activeAtStart: number; renewed: number; activeAtEnd: number };
  /** Firms and workers reached by the mutual's training that year (its activity report); null if unknown. */
  activity: {
    firmsServed: number;
    microSmallFirmsServed: number;
    workersServed: number;
    lowSkilledWorkersServed: number;
  } | null;
  /**
   * From the ledger (finance area): net assets at the year's end (or today) and the year's revenue,
   * grants apart; null when the mutual has posted nothing up to then.
   */
  finance: { netAssetsCents: number; revenueCents: number; grantRevenueCents: number } | null;
  /**
   * From the evidence area, about the workers trained the year before: retention 12 months after
   * training, change of hourly wage over those 12 months, and their firms' productivity change from
   * that year to this one; null = not available.
   */
  evidence: {
    retention12m: EvidenceCell | null;
    wageChange: EvidenceCell | null;
    productivityChange: EvidenceCell | null;
  } | null;
}

/** The value of every indicator for one year of facts (nothing suppressed: see `suppressSmallCells`). */
export function computeIndicators(f: MutualYearFacts): Record<IndicatorKey, IndicatorValue> {
  const financial = f.ecosystem.financialByPartnerCents;
  const a = f.activity;
  const e = f.evidence;
  return {
    board_compliant: f.board ? ok(f.board.compliant ? 1 : 0) : missing,
    board_meetings: f.board ? ok(f.board.meetings.length) : missing,
    board_attendance:
      f.board && f.board.meetings.length > 0
        ? ok(Math.round(attendanceRate(f.board.meetings) * 10_000) / 10_000)
        : missing,
    active_leaders: ok(f.activeLeaders),
    active_partners: ok(f.ecosystem.activePartners),
    partner_kinds: ok(f.ecosystem.partnerKinds),
    support_kinds: ok(f.ecosystem.supportKinds),
    financial_support: ok(financial.reduce((s, c) => s + c, 0)),
    funding_diversity: ok(Math.round(fundingDiversity(financial) * 10_000) / 10_000),
    active_members: ok(f.members.activeAtEnd, { firms: f.members.activeAtEnd }),
    renewal_rate: share(f.members.renewed, f.members.activeAtStart, { firms: f.members.activeAtStart }),
    ledger_balance: f.finance ? ok(f.finance.netAssetsCents) : missing,
    grant_dependency: f.finance ? grantDependency(f.finance.grantRevenueCents, f.finance.revenueCents) : missing,
    firms_served: a ? ok(a.firmsServed, { firms: a.firmsServed }) : missing,
    workers_served: a ? ok(a.workersServed, { people: a.workersServed }) : missing,
    micro_small_share: a ? share(a.microSmallFirmsServed, a.firmsServed, { firms: a.firmsServed }) : missing,
    low_skilled_share: a ? share(a.lowSkilledWorkersServed, a.workersServed, { people: a.workersServed }) : missing,
    retention_12m: e ? evidenceIndicator(e.retention12m) : missing,
    wage_change: e ? evidenceIndicator(e.wageChange) : missing,
    productivity_change: e ? evidenceIndicator(e.productivityChange) : missing,
  };
}

/**
 * The same values as seen outside the mutual (funder, researcher, open data): a value resting on
 * fewer than 5 people or 3 firms becomes `suppressed`, and its counts are dropped with it.
 */
export function suppressSmallCells(values: Record<IndicatorKey, IndicatorValue>): Record<IndicatorKey, IndicatorValue> {
  const out = { ...values };
  for (const key of INDICATOR_KEYS) {
    const v = values[key];
    if (v.status === 'ok' && isSmallCell(v.base)) out[key] = { value: null, status: 'suppressed', base: {} };
  }
  return out;
}

export interface RatingResult {
  rating: Rating;
  reason: RatingReason;
}

/** The red/amber/green rating of a value against a threshold, with its reason. */
export function rateIndicator(
  key: IndicatorKey,
  v: Pick<IndicatorValue, 'value' | 'status'>,
  threshold: Threshold | null,
): RatingResult {
  if (v.status === 'suppressed') return { rating: 'none', reason: 'suppressed' };
  if (v.status === 'not_enough_data') return { rating: 'none', reason: 'not_enough_data' };
  if (v.value === null) return { rating: 'none', reason: 'not_available' };
  const d = indicatorDefinition(key);
  if (d.unit === 'flag')
    return v.value >= 1 ? { rating: 'green', reason: 'meets_target' } : { rating: 'red', reason: 'breaks_rules' };
  const t = threshold ?? d.defaultThreshold;
  if (!t) return { rating: 'none', reason: 'not_available' };
  if (d.better === 'higher') {
    if (v.value >= t.green) return { rating: 'green', reason: 'meets_target' };
    if (v.value >= t.amber) return { rating: 'amber', reason: 'below_target' };
    return { rating: 'red', reason: 'below_alert' };
  }
  if (v.value <= t.green) return { rating: 'green', reason: 'meets_target' };
  if (v.value <= t.amber) return { rating: 'amber', reason: 'above_target' };
  return { rating: 'red', reason: 'above_alert' };
}

export const TREND_DIRECTIONS = ['rising', 'falling', 'steady', 'unknown'] as const;
export type TrendDirection = (typeof TREND_DIRECTIONS)[number];

export interface Trend {
  direction: TrendDirection;
  /** True when the change goes the better way, false the worse way, null when steady or unknown. */
  improving: boolean | null;
  /** The change from the previous year with a value to the last one. */
  change: number | null;
}

/**
 * The trend of a yearly series (oldest first): the last value against the previous one that has a
 * value; a change under 2 % of the previous value (or of 1 for shares and flags) is steady.
 */
export function trendOf(key: IndicatorKey, series: readonly (number | null)[]): Trend {
  const known = series.filter((v): v is number => v !== null);
  if (known.length < 2) return { direction: 'unknown', improving: null, change: null };
  const last = known[known.length - 1];
  const previous = known[known.length - 2];
  const change = last - previous;
  const d = indicatorDefinition(key);
  const scale = d.unit === 'share' || d.unit === 'flag' ? 1 : Math.max(Math.abs(previous), 1);
  if (Math.abs(change) <= 0.02 * scale) return { direction: 'steady', improving: null, change };
  const rising = change > 0;
  return { direction: rising ? 'rising' : 'falling', improving: d.better === 'higher' ? rising : !rising, change };
}

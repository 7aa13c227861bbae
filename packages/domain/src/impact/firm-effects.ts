// Firms' outcomes: productivity of trained firms against comparison firms (difference in
// differences over the year before and the year after a firm's first training), and the yearly
// indicators (turnover, absenteeism, accidents) of the two groups.
//
// A trained firm: its employees' first training in the window is in year T, and it reported the
// same productivity measure for T − 1 and T + 1. A comparison firm (a member never trained, a
// member trained later — the waitlist — or a prospect that reports the form): its latest pair of
// years t − 1, t + 1 with the same measure, ending before any training of its own. Each firm is
// one unit. The outcome is 100 × ln(productivity) (sign reversed for defect and scrap rates, so
// that up is better), so the estimate is the difference in log-point change, ≈ %.
import type { EffectMethod } from '../evidence/input.ts';
import { type FirmYearInput, firmYearIndicators, higherIsBetter } from '../outcomes/firm-year.ts';
import { cellIsShown } from '../outcomes/suppression.ts';
import { type EstimateAnswer, estimateOnUnits, type Unit } from './estimate.ts';

export interface FirmYearRecord extends FirmYearInput {
  /** The member or prospect that reported it. */
  firmId: string;
  kind: 'member' | 'prospect';
}

export interface FirmComparisonGroup {
  neverTrained: number | null;
  trainedLater: number | null;
  prospects: number | null;
}

export interface ProductivityEffect {
  estimate: EstimateAnswer;
  /** Mean change (log points, ≈ %) of each group, when not a small cell. */
  meanChange: { trained: number | null; comparison: number | null };
  comparisonGroup: FirmComparisonGroup;
}

export const FIRM_COVARIATES = ['firmSize', 'year'] as const;
const FIRM_METHOD: EffectMethod = 'did';

const signed = (r: FirmYearRecord) =>
  (higherIsBetter(r.productivityMeasure) ? 1 : -1) * 100 * Math.log(r.productivityValue);

/**
 * Difference in differences of productivity, trained vs comparison firms. `firstTrainingYear` gives
 * each member's first training year in the window (absent: never trained).
 */
export function productivityEffect(
  records: readonly FirmYearRecord[],
  firstTrainingYear: ReadonlyMap<string, number>,
): ProductivityEffect {
  const byFirm = new Map<string, Map<number, FirmYearRecord>>();
  for (const r of records) {
    if (!(r.productivityValue > 0)) continue; // a log needs a positive value
    const years = byFirm.get(r.firmId) ?? new Map<number, FirmYearRecord>();
    years.set(r.year, r);
    byFirm.set(r.firmId, years);
  }
  const units: (Unit & { group: keyof FirmComparisonGroup | 'trained' })[] = [];
  for (const [firmId, years] of byFirm) {
    const kind = [...years.values()][0].kind;
    const trainedIn = kind === 'member' ? firstTrainingYear.get(firmId) : undefined;
    const pair = (t: number) => {
      const before = years.get(t - 1);
      const after = years.get(t + 1);
      return before && after && before.productivityMeasure === after.productivityMeasure ? { before, after, t } : null;
    };
    let chosen: ReturnType<typeof pair> = null;
    let group: keyof FirmComparisonGroup | 'trained';
    if (trainedIn !== undefined) {
      chosen = pair(trainedIn);
      group = 'trained';
      if (!chosen) {
        // no pair around its training: use it as a comparison before it (trained later)
        const candidates = [...years.keys()]
          .map((y) => y - 1)
          .filter((t) => t + 1 < trainedIn)
          .sort((a, b) => b - a);
        chosen = candidates.map(pair).find((p) => p !== null) ?? null;
        group = 'trainedLater';
      }
    } else {
      const candidates = [...years.keys()].map((y) => y - 1).sort((a, b) => b - a);
      chosen = candidates.map(pair).find((p) => p !== null) ?? null;
      group = kind === 'prospect' ? 'prospects' : 'neverTrained';
    }
    if (!chosen) continue;
    units.push({
      memberId: firmId,
      trained: group === 'trained' ? 1 : 0,
      outcome: signed(chosen.after),
      pre: signed(chosen.before),
      covariates: { firmSize: Math.log1p(chosen.before.headcount), year: chosen.t },
      group,
    });
  }
  const estimate = estimateOnUnits(units, { method: FIRM_METHOD, unit: 'firms', covariates: FIRM_COVARIATES });
  const meanChange = (trained: 0 | 1) => {
    const g = units.filter((u) => u.trained === trained);
    if (!cellIsShown({ people: null, firms: g.length })) return null;
    return g.reduce((sum, u) => sum + (u.outcome - (u.pre as number)), 0) / g.length;
  };
  const count = (group: keyof FirmComparisonGroup) => {
    const n = units.filter((u) => u.group === group).length;
    return cellIsShown({ people: null, firms: n }) ? n : null;
  };
  return {
    estimate,
    meanChange: { trained: meanChange(1), comparison: meanChange(0) },
    comparisonGroup: {
      neverTrained: count('neverTrained'),
      trainedLater: count('trainedLater'),
      prospects: count('prospects'),
    },
  };
}

export interface FirmIndicatorsByYear {
  year: number;
  group: 'trained' | 'comparison';
  /** Firms reporting; null (with the means) when fewer than 3. */
  firms: number | null;
  turnoverRate: number | null;
  absenteeismRate: number | null;
  accidentsPer100Fte: number | null;
}

/**
 * Mean yearly indicators of firms trained by that year vs the others (members not yet trained and
 * reporting prospects), per year; a cell of fewer than 3 firms is suppressed.
 */
export function firmIndicatorsByYear(
  records: readonly FirmYearRecord[],
  firstTrainingYear: ReadonlyMap<string, number>,
): FirmIndicatorsByYear[] {
  const cells = new Map<
    string,
    { year: number; group: 'trained' | 'comparison'; rows: ReturnType<typeof firmYearIndicators>[] }
  >();
  for (const r of records) {
    const t = r.kind === 'member' ? firstTrainingYear.get(r.firmId) : undefined;
    const group = t !== undefined && t <= r.year ? 'trained' : 'comparison';
    const key = `${r.year}/${group}`;
    const cell = cells.get(key) ?? { year: r.year, group, rows: [] };
    cell.rows.push(firmYearIndicators(r));
    cells.set(key, cell);
  }
  const mean = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
  };
  return [...cells.values()]
    .sort((a, b) => a.year - b.year || a.group.localeCompare(b.group))
    .map((c) => {
      const shown = cellIsShown({ people: null, firms: c.rows.length });
      return {
        year: c.year,
        group: c.group,
        firms: shown ? c.rows.length : null,
        turnoverRate: shown ? mean(c.rows.map((r) => r.turnoverRate)) : null,
        absenteeismRate: shown ? mean(c.rows.map((r) => r.absenteeismRate)) : null,
        accidentsPer100Fte: shown ? mean(c.rows.map((r) => r.accidentsPer100Fte)) : null,
      };
    });
}

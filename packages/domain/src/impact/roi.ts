// Return on investment (Phillips level 5): ROI = (benefits − full costs) / full costs, over the
// trained employees of the window, for the first year after training.
// - Full costs: what the training cost (each participant's share of the session's cost) plus the
//   trainees' wages for the hours spent in training.
// - Benefits: (a) the added productivity, valued at the estimated wage gain of the trained (wages
//   rise with productivity; firms usually keep part of the gain, so this is a lower bound), and
//   (b) avoided departures: the estimated gain in 12-month retention × the cost of replacing an
//   employee (a share of the annual wage the board sets, 20 % by default).
// Its interval propagates the two effects' standard errors (delta method, the two treated as
// independent); costs are taken as known.
import type { EstimateAnswer } from './estimate.ts';

/** Hours of a full-time year, to turn an hourly wage into an annual one. */
export const HOURS_PER_YEAR = 1950;
const Z = 1.959964;

export interface TraineeCost {
  /** Hourly wage on the training date (cents), null when unknown. */
  hourlyWageCents: number | null;
  hours: number;
  /** The trainee's share of the session's cost (cents). */
  trainingCostCents: number;
}

export interface RoiAnswer {
  status: 'estimated' | 'not_enough_data';
  trainees: number;
  trainingCostCents: number;
  traineeWagesCents: number;
  fullCostCents: number;
  /** Benefits in cents with their standard error; null when not estimated. */
  productivityBenefitCents: number | null;
  retentionBenefitCents: number | null;
  roiPct: number | null;
  ci95: [number, number] | null;
  replacementCostPct: number;
  notes: string[];
}

/** ROI of the window's training from the effect estimates; "not enough data" unless at least one effect is estimated. */
export function returnOnInvestment(
  trainees: readonly TraineeCost[],
  effects: { wageGrowth: EstimateAnswer; retention12: EstimateAnswer },
  replacementCostPct: number,
): RoiAnswer {
  const known = trainees.filter((t) => t.hourlyWageCents !== null);
  const meanWage = known.length ? known.reduce((s, t) => s + (t.hourlyWageCents as number), 0) / known.length : 0;
  const wageOf = (t: TraineeCost) => t.hourlyWageCents ?? meanWage;
  const trainingCostCents = Math.round(trainees.reduce((s, t) => s + t.trainingCostCents, 0));
  const traineeWagesCents = Math.round(trainees.reduce((s, t) => s + t.hours * wageOf(t), 0));
  const fullCostCents = trainingCostCents + traineeWagesCents;
  const annualWages = trainees.reduce((s, t) => s + wageOf(t) * HOURS_PER_YEAR, 0);
  const notes: string[] = [];
  if (known.length < trainees.length)
    notes.push(`${trainees.length - known.length} trainee(s) without a recorded wage counted at the mean wage`);
  let benefit = 0;
  let variance = 0;
  let productivityBenefitCents: number | null = null;
  let retentionBenefitCents: number | null = null;
  const w = effects.wageGrowth;
  if (w.status === 'estimated') {
    // log points → share: e^(β/100) − 1; its SE by the delta method
    const share = Math.expm1(w.estimate / 100);
    const shareSe = Math.exp(w.estimate / 100) * (w.standardError / 100);
    productivityBenefitCents = Math.round(share * annualWages);
    benefit += productivityBenefitCents;
    variance += (shareSe * annualWages) ** 2;
  } else notes.push('no wage effect estimated: the productivity benefit is left out');
  const r = effects.retention12;
  if (r.status === 'estimated') {
    const perTrainee = (replacementCostPct / 100) * (annualWages / Math.max(trainees.length, 1));
    retentionBenefitCents = Math.round((r.estimate / 100) * trainees.length * perTrainee);
    benefit += retentionBenefitCents;
    variance += ((r.standardError / 100) * trainees.length * perTrainee) ** 2;
  } else notes.push('no retention effect estimated: avoided departures are left out');
  const base = { trainees: trainees.length, trainingCostCents, traineeWagesCents, fullCostCents, replacementCostPct };
  if ((w.status !== 'estimated' && r.status !== 'estimated') || fullCostCents <= 0) {
    return {
      status: 'not_enough_data',
      ...base,
      productivityBenefitCents,
      retentionBenefitCents,
      roiPct: null,
      ci95: null,
      notes,
    };
  }
  const roiPct = (100 * (benefit - fullCostCents)) / fullCostCents;
  const se = (100 * Math.sqrt(variance)) / fullCostCents;
  return {
    status: 'estimated',
    ...base,
    productivityBenefitCents,
    retentionBenefitCents,
    roiPct,
    ci95: [roiPct - Z * se, roiPct + Z * se],
    notes,
  };
}

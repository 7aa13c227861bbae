// From the registry to the table the evidence engine reads: one row per employee of the mutual's
// firms, trained or in the comparison group, with the date the comparison starts from (the index
// date), the covariates that decided who was trained, and the outcomes after it.
//
// Who is compared (docs/evidence.md, "The app's comparison"):
// - trained: an employee whose first completed training (an attestation) falls in the window;
//   the index date is the training's last day;
// - comparison: an employee never trained up to the as-of date, employed on the index date, which
//   is the first 1 July on or after the later of the window's start and 90 days after hiring
//   (an untrained employee has no training date; mid-year is the middle of the trained ones' dates);
// - each employee is in one group only, once.
// Outcomes: wage growth over the 12 months after the index date (100 × log change, ≈ %), for those
// still employed and observed 12 months later; time employed after the index date (months) and
// whether they left (any separation), for the retention curves; employed at 12 and 24 months;
// promoted within 12 and 24 months: a job class change to a lower TEER (a more skilled class) than
// the one held on the index date, for those still employed at the horizon (stayers, like wages).
// The class held on a date is the latest recorded change on or before it, else the registry's
// (the registry's class is the one held before the first recorded change).
import { addDays } from '../dates.ts';
import { isLowSkilled } from '../reference/people.ts';

export interface WageRecord {
  effectiveOn: string;
  hourlyWageCents: number;
}

export interface EmployeeHistory {
  id: string;
  memberId: string;
  birthYear: number | null;
  hireDate: string;
  endDate: string | null;
  endReason: string | null;
  teer: number;
  educationLevel: string;
  wages: readonly WageRecord[];
  /** Recorded job class changes (employee_job_change), any order. */
  jobChanges?: readonly JobClassChange[];
}

export interface JobClassChange {
  effectiveOn: string;
  /** TEER of the new job class (0 management … 5 no formal education). */
  teer: number;
}

export interface TrainingRecord {
  employeeId: string;
  /** The training's last day (the attestation's date_to). */
  completedOn: string;
  hours: number;
}

export interface CohortOptions {
  /** Data are complete up to this date (today, or the demo's as-of date). */
  asOf: string;
  /** The first day of the window: earlier trainings are left out, and so are their employees. */
  windowStart: string;
  /** Headcount of each firm, for the firm-size covariate. */
  headcountOf: (memberId: string) => number;
}

export interface CohortRow {
  employeeId: string;
  memberId: string;
  trained: 0 | 1;
  indexDate: string;
  indexYear: number;
  /** null when the birth year is unknown. */
  age: number | null;
  tenureYears: number;
  lowSkilled: 0 | 1;
  /** TEER of the job class held on the index date. */
  teer: number;
  /** log(1 + headcount) of the firm. */
  firmSize: number;
  /** Hourly wage in force on the index date (cents), null when none is recorded. */
  wageBeforeCents: number | null;
  wageAfterCents: number | null;
  /** 100 × ln(wage after / wage before): ≈ the % raise over the 12 months. */
  wageGrowth: number | null;
  followUpMonths: number;
  left: 0 | 1;
  stayed12: 0 | 1 | null;
  stayed24: 0 | 1 | null;
  /** Moved to a lower TEER within 12 / 24 months; null when not employed (or not yet observed) at the horizon. */
  promoted12: 0 | 1 | null;
  promoted24: 0 | 1 | null;
  /** Training hours (trained rows). */
  trainingHours: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
/** Days from a to b. */
export const daysBetween = (a: string, b: string) => dayNumber(b) - dayNumber(a);
/** Months of 30.4375 days (a year is 12 of them). */
export const MONTH_DAYS = 365.25 / 12;

/** The hourly wage in force on a date: the latest row effective on or before it. */
export function wageOn(wages: readonly WageRecord[], date: string): number | null {
  let best: WageRecord | null = null;
  for (const w of wages) if (w.effectiveOn <= date && (!best || w.effectiveOn > best.effectiveOn)) best = w;
  return best ? best.hourlyWageCents : null;
}

/** TEER of the job class held on a date: the latest recorded change on or before it, else the registry's. */
export function teerOn(e: Pick<EmployeeHistory, 'teer' | 'jobChanges'>, date: string): number {
  let best: JobClassChange | null = null;
  for (const c of e.jobChanges ?? [])
    if (c.effectiveOn <= date && (!best || c.effectiveOn > best.effectiveOn)) best = c;
  return best ? best.teer : e.teer;
}

/** 1 when a change after `from` and on or before `to` moved to a lower TEER than `teer`. */
function promotedBetween(
  changes: readonly JobClassChange[] | undefined,
  teer: number,
  from: string,
  to: string,
): 0 | 1 {
  for (const c of changes ?? []) if (c.effectiveOn > from && c.effectiveOn <= to && c.teer < teer) return 1;
  return 0;
}

const employedOn = (e: Pick<EmployeeHistory, 'hireDate' | 'endDate'>, date: string) =>
  e.hireDate <= date && (e.endDate === null || e.endDate > date);

/** The comparison index date of an untrained employee: the first 1 July on or after max(window start, hire + 90 days), if employed then and not after as-of. */
export function comparisonIndexDate(
  e: Pick<EmployeeHistory, 'hireDate' | 'endDate'>,
  windowStart: string,
  asOf: string,
  plus90: (date: string) => string = (date) => addDays(date, 90),
): string | null {
  const hirePlus90 = plus90(e.hireDate);
  const from = windowStart > hirePlus90 ? windowStart : hirePlus90;
  const year = Number(from.slice(0, 4));
  const index = from <= `${year}-07-01` ? `${year}-07-01` : `${year + 1}-07-01`;
  if (index > asOf || !employedOn(e, index)) return null;
  return index;
}

/** The first training of each employee. */
export function firstTrainings(trainings: readonly TrainingRecord[]): Map<string, TrainingRecord> {
  const first = new Map<string, TrainingRecord>();
  for (const t of trainings) {
    const seen = first.get(t.employeeId);
    if (!seen || t.completedOn < seen.completedOn) first.set(t.employeeId, t);
  }
  return first;
}

/** The analysis table: one row per employee in the trained or the comparison group (see the file's head). */
export function buildCohort(
  employees: readonly EmployeeHistory[],
  trainings: readonly TrainingRecord[],
  options: CohortOptions,
): CohortRow[] {
  const { asOf, windowStart } = options;
  const first = firstTrainings(trainings);
  const rows: CohortRow[] = [];
  // index dates repeat (session days, 1 July): their horizons are computed once each
  const horizons = new Map<string, [string, string]>();
  const horizonsOf = (date: string) => {
    let h = horizons.get(date);
    if (!h) {
      h = [addDays(date, 365), addDays(date, 730)];
      horizons.set(date, h);
    }
    return h;
  };
  // hire dates and index dates repeat too: their day numbers and hire + 90 days, once each
  const dayNumbers = new Map<string, number>();
  const dayOf = (date: string) => {
    let d = dayNumbers.get(date);
    if (d === undefined) {
      d = dayNumber(date);
      dayNumbers.set(date, d);
    }
    return d;
  };
  const days = (a: string, b: string) => dayOf(b) - dayOf(a);
  const plus90s = new Map<string, string>();
  const plus90 = (date: string) => {
    let d = plus90s.get(date);
    if (d === undefined) {
      d = addDays(date, 90);
      plus90s.set(date, d);
    }
    return d;
  };
  const lowSkilled = new Map<string, 0 | 1>();
  const lowSkilledOf = (level: string) => {
    let v = lowSkilled.get(level);
    if (v === undefined) {
      v = isLowSkilled(level) ? 1 : 0;
      lowSkilled.set(level, v);
    }
    return v;
  };
  for (const e of employees) {
    const training = first.get(e.id);
    let indexDate: string | null;
    if (training) {
      // trained before the window (or after as-of, or outside the employment): not comparable here
      if (training.completedOn < windowStart || training.completedOn > asOf || !employedOn(e, training.completedOn))
        continue;
      indexDate = training.completedOn;
    } else {
      indexDate = comparisonIndexDate(e, windowStart, asOf, plus90);
      if (!indexDate) continue;
    }
    const indexYear = Number(indexDate.slice(0, 4));
    const [after12, after24] = horizonsOf(indexDate);
    const wageBefore = wageOn(e.wages, indexDate);
    const observed12 = after12 <= asOf && employedOn(e, after12);
    const wageAfter = observed12 ? wageOn(e.wages, after12) : null;
    const end = e.endDate !== null && e.endDate <= asOf ? e.endDate : asOf;
    const left: 0 | 1 = e.endDate !== null && e.endDate <= asOf ? 1 : 0;
    const stayedUntil = (horizon: string): 0 | 1 | null => {
      if (left && (e.endDate as string) <= horizon) return 0;
      return horizon <= asOf ? 1 : null;
    };
    const teerAtIndex = teerOn(e, indexDate);
    const promotedBy = (horizon: string): 0 | 1 | null =>
      horizon <= asOf && employedOn(e, horizon) ? promotedBetween(e.jobChanges, teerAtIndex, indexDate, horizon) : null;
    rows.push({
      employeeId: e.id,
      memberId: e.memberId,
      trained: training ? 1 : 0,
      indexDate,
      indexYear,
      age: e.birthYear === null ? null : indexYear - e.birthYear,
      tenureYears: days(e.hireDate, indexDate) / 365.25,
      lowSkilled: lowSkilledOf(e.educationLevel),
      teer: teerAtIndex,
      firmSize: Math.log1p(options.headcountOf(e.memberId)),
      wageBeforeCents: wageBefore,
      wageAfterCents: wageAfter,
      wageGrowth: wageBefore !== null && wageAfter !== null ? 100 * Math.log(wageAfter / wageBefore) : null,
      followUpMonths: Math.max(0, days(indexDate, end)) / MONTH_DAYS,
      left,
      stayed12: stayedUntil(after12),
      stayed24: stayedUntil(after24),
      promoted12: promotedBy(after12),
      promoted24: promotedBy(after24),
      trainingHours: training?.hours ?? 0,
    });
  }
  return rows;
}

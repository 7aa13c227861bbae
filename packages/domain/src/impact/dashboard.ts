// The evidence dashboard of a mutual: every estimate the app shows, from the registry, the
// trainings, the firms' yearly outcomes and the evaluation questionnaires. Pure: the server reads
// the data (consenting firms only for funders and researchers) and passes the as-of date.
import { addDays } from '../dates.ts';
import { cellIsShown } from '../outcomes/suppression.ts';
import { buildCohort, type CohortRow, type EmployeeHistory, type TrainingRecord, wageOn } from './cohort.ts';
import {
  type OutcomeEffect,
  promotionEffect,
  type RetentionCurves,
  retentionCurves,
  retentionEffect,
  wageGrowthEffect,
} from './employee-effects.ts';
import { type AnsweredQuestionnaire, evaluationLevels, type LevelResult } from './evaluation-levels.ts';
import {
  type FirmIndicatorsByYear,
  type FirmYearRecord,
  firmIndicatorsByYear,
  type ProductivityEffect,
  productivityEffect,
} from './firm-effects.ts';
import { type RoiAnswer, returnOnInvestment } from './roi.ts';

export interface TrainingWithCost extends TrainingRecord {
  /** This participant's share of the session's cost, in cents. */
  costCents: number;
}

export interface ImpactInput {
  asOf: string;
  /** First day of the window (default: 1 January five years before as-of). */
  windowStart?: string;
  employees: readonly EmployeeHistory[];
  trainings: readonly TrainingWithCost[];
  /** Headcount of each member firm. */
  headcounts: ReadonlyMap<string, number>;
  firmYears: readonly FirmYearRecord[];
  questionnaires: readonly AnsweredQuestionnaire[];
  replacementCostPct: number;
}

export interface ImpactDashboard {
  asOf: string;
  windowStart: string;
  cohort: {
    trained: number | null;
    comparison: number | null;
    trainedFirms: number | null;
    comparisonFirms: number | null;
  };
  wageGrowth: OutcomeEffect & { meanGrowth: { trained: number | null; comparison: number | null } };
  retention: RetentionCurves & { effect12: OutcomeEffect; effect24: OutcomeEffect };
  /** Promotion (a job class of a lower TEER) within 12 and 24 months, among those still employed then; shares in %. */
  promotion: {
    effect12: OutcomeEffect;
    effect24: OutcomeEffect;
    share12: { trained: number | null; comparison: number | null };
    share24: { trained: number | null; comparison: number | null };
  };
  productivity: ProductivityEffect;
  firmIndicators: FirmIndicatorsByYear[];
  evaluation: LevelResult[];
  roi: RoiAnswer;
}

/** The default window: from 1 January five years before the as-of date. */
export const defaultWindowStart = (asOf: string) => `${Number(asOf.slice(0, 4)) - 5}-01-01`;

function meanOf(rows: readonly CohortRow[], pick: (r: CohortRow) => number | null): number | null {
  const values = rows.map(pick).filter((v): v is number => v !== null);
  const firms = new Set(rows.filter((r) => pick(r) !== null).map((r) => r.memberId)).size;
  if (!cellIsShown({ people: values.length, firms })) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Computes the whole dashboard; every number in it is suppressed below 5 people or 3 firms. */
export function impactDashboard(input: ImpactInput): ImpactDashboard {
  const windowStart = input.windowStart ?? defaultWindowStart(input.asOf);
  const cohort = buildCohort(input.employees, input.trainings, {
    asOf: input.asOf,
    windowStart,
    headcountOf: (id) => input.headcounts.get(id) ?? 0,
  });
  const trained = cohort.filter((r) => r.trained === 1);
  const comparison = cohort.filter((r) => r.trained === 0);
  const count = (rows: CohortRow[]) => {
    const firms = new Set(rows.map((r) => r.memberId)).size;
    return cellIsShown({ people: rows.length, firms }) ? { people: rows.length, firms } : { people: null, firms: null };
  };

  const wageGrowth = wageGrowthEffect(cohort);
  const retention12 = retentionEffect(cohort, 12);

  // firms' first training year in the window
  const memberOfEmployee = new Map(input.employees.map((e) => [e.id, e.memberId]));
  const firstTrainingYear = new Map<string, number>();
  for (const t of input.trainings) {
    if (t.completedOn < windowStart || t.completedOn > input.asOf) continue;
    const memberId = memberOfEmployee.get(t.employeeId);
    if (!memberId) continue;
    const year = Number(t.completedOn.slice(0, 4));
    if (!(firstTrainingYear.get(memberId)! <= year)) firstTrainingYear.set(memberId, year);
  }

  // ROI over the cohort's trained employees: their first training in the window
  const employeeById = new Map(input.employees.map((e) => [e.id, e]));
  const trainingOf = new Map<string, TrainingWithCost>();
  for (const t of input.trainings) {
    const seen = trainingOf.get(t.employeeId);
    if (!seen || t.completedOn < seen.completedOn) trainingOf.set(t.employeeId, t);
  }
  const trainees = trained.map((r) => {
    const t = trainingOf.get(r.employeeId) as TrainingWithCost;
    const e = employeeById.get(r.employeeId) as EmployeeHistory;
    return {
      hourlyWageCents: wageOn(e.wages, addDays(t.completedOn, 0)),
      hours: t.hours,
      trainingCostCents: t.costCents,
    };
  });

  const c1 = count(trained);
  const c0 = count(comparison);
  return {
    asOf: input.asOf,
    windowStart,
    cohort: { trained: c1.people, comparison: c0.people, trainedFirms: c1.firms, comparisonFirms: c0.firms },
    wageGrowth: {
      ...wageGrowth,
      meanGrowth: {
        trained: meanOf(trained, (r) => r.wageGrowth),
        comparison: meanOf(comparison, (r) => r.wageGrowth),
      },
    },
    retention: { ...retentionCurves(cohort), effect12: retention12, effect24: retentionEffect(cohort, 24) },
    promotion: {
      effect12: promotionEffect(cohort, 12),
      effect24: promotionEffect(cohort, 24),
      share12: {
        trained: meanOf(trained, (r) => (r.promoted12 === null ? null : 100 * r.promoted12)),
        comparison: meanOf(comparison, (r) => (r.promoted12 === null ? null : 100 * r.promoted12)),
      },
      share24: {
        trained: meanOf(trained, (r) => (r.promoted24 === null ? null : 100 * r.promoted24)),
        comparison: meanOf(comparison, (r) => (r.promoted24 === null ? null : 100 * r.promoted24)),
      },
    },
    productivity: productivityEffect(input.firmYears, firstTrainingYear),
    firmIndicators: firmIndicatorsByYear(input.firmYears, firstTrainingYear),
    evaluation: evaluationLevels(input.questionnaires),
    roi: returnOnInvestment(
      trainees,
      { wageGrowth: wageGrowth.primary, retention12: retention12.primary },
      input.replacementCostPct,
    ),
  };
}

/**
 * Runs the whole dashboard once on a made-up mutual (seeded, `firms` firms of 40 employees with
 * wages, job changes, trainings, yearly outcomes and answers), so that the first real dashboard
 * after a start does not also pay for compiling every step of the engine. Returns the answer (a
 * test checks that it estimates).
 */
export function warmUpDashboard(firms = 60): ImpactDashboard {
  let seed = 11;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const day = (year: number, dayOfYear: number) => addDays(`${year}-01-01`, Math.floor(dayOfYear));
  const employees: EmployeeHistory[] = [];
  const trainings: TrainingWithCost[] = [];
  const firmYears: FirmYearRecord[] = [];
  const questionnaires: AnsweredQuestionnaire[] = [];
  const headcounts = new Map<string, number>();
  for (let f = 0; f < firms; f++) {
    const memberId = `warm-up-firm-${f}`;
    headcounts.set(memberId, 40);
    for (let i = 0; i < 40; i++) {
      const id = `${memberId}-${i}`;
      const hireYear = 2015 + Math.floor(random() * 9);
      const left = random() < 0.3;
      const wages = [2018, 2020, 2022, 2024]
        .filter((y) => y >= hireYear)
        .map((y) => ({ effectiveOn: day(y, random() * 300), hourlyWageCents: 1800 + Math.floor(random() * 2500) }));
      const teer = 1 + Math.floor(random() * 5);
      employees.push({
        id,
        memberId,
        birthYear: 1960 + Math.floor(random() * 40),
        hireDate: day(hireYear, random() * 360),
        endDate: left ? day(2023 + Math.floor(random() * 3), random() * 360) : null,
        endReason: left ? 'quit' : null,
        teer,
        educationLevel: random() < 0.4 ? 'secondary' : 'college',
        wages: wages.length ? wages : [{ effectiveOn: day(hireYear, 0), hourlyWageCents: 2000 }],
        jobChanges: random() < 0.2 ? [{ effectiveOn: day(2024, random() * 300), teer: Math.max(0, teer - 1) }] : [],
      });
      if (f % 4 !== 3 && random() < 0.4)
        trainings.push({
          employeeId: id,
          completedOn: day(Math.max(hireYear + 1, 2021) + Math.floor(random() * 2), random() * 360),
          hours: 7,
          costCents: 20_000,
        });
    }
    for (let year = 2021; year <= 2025; year++)
      firmYears.push({
        firmId: memberId,
        kind: 'member',
        year,
        headcount: 40,
        separations: Math.floor(random() * 6),
        payrollCents: 150_000_000,
        hoursWorked: 70_000,
        productivityMeasure: 'output_per_hour',
        productivityValue: 80 + random() * 40,
        absenteeismDays: Math.floor(random() * 300),
        workAccidents: Math.floor(random() * 3),
      });
    questionnaires.push({ level: 1, memberId, answers: { overall: 1 + Math.floor(random() * 5) } });
  }
  return impactDashboard({
    asOf: '2026-06-30',
    employees,
    trainings,
    headcounts,
    firmYears,
    questionnaires,
    replacementCostPct: 20,
  });
}

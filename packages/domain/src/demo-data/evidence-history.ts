// Several years of outcomes for the demo mutuals, with a known (simulated) effect of training, so
// that the evidence dashboards show something meaningful and the tests can check that the engine
// recovers the effect within its confidence interval.
//
// The process, per member firm, from the window's start (1 January five years before as-of):
// - Firms take part in training with a probability that grows with their size (micro 45 %,
//   small 75 %, medium and up 90 %): the targeting gap the IRPP study found.
// - In a taking-part firm, an employee is trained with probability
//   logistic(−1.0 + 1.0 low-skilled − 0.03 (age − 40) − 0.05 tenure + 0.3 [TEER ≥ 4]) — selection on
//   observables —, at one of the mutual's session dates (every two months) between 90 days after
//   hiring and 60 days before as-of. The index date (the cohort's rule, impact/cohort.ts) is the
//   training date; an untrained employee's is the first 1 July after the window's start and 90
//   days after hiring.
// - Wages: a raise every 1 May of 2.0 + 1.5 low-skilled − 0.05 (age − 40) + N(0, 1.5²) log points,
//   plus SIMULATED_EFFECTS.wageGrowthLogPoints (4) at the first 1 May after training: the true
//   effect on the 12-month wage growth is exactly 4 log points for every trained employee.
// - Departures after the index date: exponential with a daily hazard for which a reference
//   employee stays a year with probability 84 %, × e^(0.35 low-skilled + 0.4 [age < 30] − 0.04
//   min(tenure, 15) + frailty N(0, 0.2²)), × 0.5 once trained (about +8 points of 12-month
//   retention). Each employee's two 12-month staying probabilities are returned, so the tests
//   compute the true effect on the treated exactly. Most departures are replaced by a new hire
//   (who enters the cohort in turn), so firms keep their size.
// - Promotions (a draw of its own, so that the rest of the history does not move): an employee
//   below TEER 0 whose category has a more skilled occupation (one TEER lower) is promoted to it
//   30 to 330 days after the index date with probability logistic(−2.4 − 0.02 (age − 40) + 0.03
//   min(tenure, 15) − 0.3 low-skilled), the log-odds raised by SIMULATED_EFFECTS.promotionLogOdds
//   (0.6, about +5 points) once trained; each trained employee's two probabilities are returned.
//   A few trained employees also change job within their class (not a promotion).
// - Firms' yearly outcomes (2020 to the last complete year): headcount, separations, payroll and
//   hours from the simulated staff; productivity by the firm's chosen measure, growing 1.5 % a
//   year with N(0, 4²) noise in log points and SIMULATED_EFFECTS.productivityLogPoints (6) better
//   from the year after the firm's first training (lower for defect and scrap rates); absenteeism
//   and accidents. About 10 % of firm-years are not reported.
// - Prospects (comparison firms that report the same form, and the prospect list), consents and
//   the participation questionnaires' answers.
import { addDays } from '../dates.ts';
import { comparisonIndexDate } from '../impact/cohort.ts';
import type { ProductivityMeasure } from '../outcomes/firm-year.ts';
import type { ProspectStage } from '../participation/prospect-stage.ts';
import type { ParticipationKind } from '../participation/questionnaires.ts';
import { BARRIER_REASON_CODES, HEARD_FROM_CODES, JOIN_REASON_CODES } from '../participation/reasons.ts';
import { teerOfNoc } from '../reference/noc.ts';
import { isLowSkilled } from '../reference/people.ts';
import type { DemoDataset, GeneratedMutual } from './demo-dataset.ts';
import { type GeneratedEmployee, type GeneratedFirm, generateEmployee, generateFirm } from './generate.ts';
import { LANAUDIERE_PLACES, QUEBEC_PLACES } from './names.ts';
import { FIRM_KINDS, FOOD_FIRM_KINDS, OCCUPATIONS } from './occupations.ts';
import type { Rng } from './random.ts';

/** The effects the simulation builds in. */
export const SIMULATED_EFFECTS = {
  wageGrowthLogPoints: 4,
  retentionHazardRatio: 0.5,
  productivityLogPoints: 6,
  promotionLogOdds: 0.6,
} as const;

export interface SimulatedSession {
  key: string;
  mutualId: string;
  /** The last meeting day: the training date of its participants. */
  lastDay: string;
  days: number;
  participants: { employeeId: string; memberId: string }[];
}

export interface SimulatedFirmYear {
  firmId: string;
  kind: 'member' | 'prospect';
  mutualId: string;
  year: number;
  headcount: number;
  separations: number;
  payrollCents: number;
  hoursWorked: number;
  productivityMeasure: ProductivityMeasure;
  productivityValue: number;
  absenteeismDays: number;
  workAccidents: number;
}

export interface SimulatedProspect {
  id: string;
  mutualId: string;
  legalName: string;
  neq: string;
  scianCode: string;
  regionCode: string;
  headcount: number;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  stage: ProspectStage;
  stageChangedOn: string;
  reasons: string[];
  notes: string;
  memberId: string | null;
  reportsOutcomes: boolean;
}

export interface SimulatedConsent {
  mutualId: string;
  firmId: string;
  kind: 'member' | 'prospect';
  granted: boolean;
  at: string;
  givenByName: string;
}

export interface SimulatedQuestionnaire {
  mutualId: string;
  kind: ParticipationKind;
  firmId: string;
  firmKind: 'member' | 'prospect';
  toAddress: string;
  sentOn: string;
  answeredOn: string | null;
  answers: Record<string, number | string | string[]> | null;
}

export interface SimulatedJobChange {
  mutualId: string;
  memberId: string;
  employeeId: string;
  effectiveOn: string;
  /** The new job class of a promotion; absent: a change within the employee's own class. */
  to?: { nocCode: string; jobTitle: string; teer: number };
}

export interface EvidenceHistory {
  windowStart: string;
  sessions: SimulatedSession[];
  firmYears: SimulatedFirmYear[];
  prospects: SimulatedProspect[];
  consents: SimulatedConsent[];
  questionnaires: SimulatedQuestionnaire[];
  jobChanges: SimulatedJobChange[];
  /** Each trained employee's probability of staying 12 months after training, if trained and if not. */
  retention12: Map<string, { ifTrained: number; ifNot: number }>;
  /** Each trained employee's probability of a promotion within 12 months of training, if trained and if not. */
  promotion12: Map<string, { ifTrained: number; ifNot: number }>;
}

/** The occupation one TEER up in the same broad category (else any category), if any. */
function promotionTarget(nocCode: string, teer: number) {
  const up = Object.values(OCCUPATIONS).filter((o) => teerOfNoc(o.noc) === teer - 1);
  const same = up.filter((o) => o.noc[0] === nocCode[0]);
  return (same.length > 0 ? same : up)[0] ?? null;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const fromDayNumber = (n: number) => new Date(Math.round(n) * DAY_MS).toISOString().slice(0, 10);
const later = (a: string, b: string) => (a > b ? a : b);
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

const END_REASONS = [
  ['resignation', 62],
  ['layoff', 12],
  ['end_of_contract', 10],
  ['dismissal', 6],
  ['retirement', 5],
  ['other', 5],
] as const;

/** Reference daily hazard: a reference employee stays a year with probability 84 %. */
const BASE_HAZARD = -Math.log(0.84) / 365;

function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

/** The mutual's session dates: one every two months, from a month after the window's start to 60 days before as-of. */
function sessionDates(rng: Rng, windowStart: string, asOf: string): string[] {
  const dates: string[] = [];
  const last = addDays(asOf, -60);
  let year = Number(windowStart.slice(0, 4));
  let month = 2;
  for (;;) {
    const day = `${year}-${String(month).padStart(2, '0')}-${String(rng.int(6, 24)).padStart(2, '0')}`;
    if (day > last) break;
    dates.push(day);
    month += 2;
    if (month > 12) {
      month -= 12;
      year++;
    }
  }
  return dates;
}

interface SimEmployee extends GeneratedEmployee {
  memberId: string;
}

interface FirmSimulation {
  firm: GeneratedFirm;
  employees: SimEmployee[];
  trainedOn: Map<string, string>;
}

function simulateFirm(
  rng: Rng,
  mutual: GeneratedMutual,
  firm: GeneratedFirm,
  dates: readonly string[],
  asOf: string,
  windowStart: string,
  history: EvidenceHistory,
): FirmSimulation {
  const takesPart = rng.chance(firm.headcount < 10 ? 0.45 : firm.headcount < 100 ? 0.75 : 0.9);
  const promotions = rng.fork('promotions');
  const queue: GeneratedEmployee[] = [...firm.employees].sort((a, b) => a.hireDate.localeCompare(b.hireDate));
  const out: SimEmployee[] = [];
  const trainedOn = new Map<string, string>();
  for (let i = 0; i < queue.length; i++) {
    const source = queue[i];
    if (source.hireDate > asOf) continue;
    const e: SimEmployee = { ...source, memberId: firm.id };
    const ageAt = (iso: string) => Number(iso.slice(0, 4)) - e.birthYear;
    const low = isLowSkilled(e.educationLevel) ? 1 : 0;
    // training
    // trained while a member: from joining (and 90 days after hiring) to leaving
    const from = later(later(addDays(windowStart, 30), addDays(e.hireDate, 90)), firm.joinedOn ?? asOf);
    const eligible = dates.filter((d) => d >= from && (firm.leftOn === null || d <= firm.leftOn));
    let index: string | null = null;
    let trained = false;
    if (takesPart && eligible.length > 0) {
      const age = ageAt(eligible[0]);
      const tenure = (dayNumber(eligible[0]) - dayNumber(e.hireDate)) / 365.25;
      const p = logistic(-1.0 + 1.0 * low - 0.03 * (age - 40) - 0.05 * tenure + (e.teer >= 4 ? 0.3 : 0));
      if (rng.chance(p)) {
        index = rng.pick(eligible);
        trained = true;
      }
    }
    if (!index) index = comparisonIndexDate({ hireDate: e.hireDate, endDate: null }, windowStart, asOf);
    if (!index) {
      // hired too recently to be compared: kept as the registry has it
      out.push(e);
      continue;
    }
    if (trained) trainedOn.set(e.id, index);
    // departure after the index date
    const tenureAtIndex = (dayNumber(index) - dayNumber(e.hireDate)) / 365.25;
    const hazard =
      BASE_HAZARD *
      Math.exp(0.35 * low + (ageAt(index) < 30 ? 0.4 : 0) - 0.04 * Math.min(tenureAtIndex, 15) + rng.normal(0, 0.2));
    if (trained) {
      history.retention12.set(e.id, {
        ifTrained: Math.exp(-365 * hazard * SIMULATED_EFFECTS.retentionHazardRatio),
        ifNot: Math.exp(-365 * hazard),
      });
    }
    const rate = hazard * (trained ? SIMULATED_EFFECTS.retentionHazardRatio : 1);
    const stay = -Math.log(1 - rng.next()) / rate;
    const end = fromDayNumber(dayNumber(index) + Math.max(1, Math.ceil(stay)));
    e.endDate = end <= asOf ? end : null;
    e.endReason = e.endDate ? rng.weighted(END_REASONS) : null;
    if (e.endReason === 'retirement' && ageAt(e.endDate as string) < 58) e.endReason = 'resignation';
    // wages: the first recorded wage, then a raise every 1 May
    let cents = e.wages[0].hourlyWageCents;
    const wages = [{ effectiveOn: e.hireDate, hourlyWageCents: cents }];
    let boosted = false;
    const until = e.endDate ?? asOf;
    for (let y = Math.max(Number(e.hireDate.slice(0, 4)) + 1, Number(windowStart.slice(0, 4)) - 2); ; y++) {
      const day = `${y}-05-01`;
      if (day > until) break;
      if (day <= e.hireDate) continue;
      let raise = 2.0 + 1.5 * low - 0.05 * (y - e.birthYear - 40) + rng.normal(0, 1.5);
      if (trained && !boosted && day > index) {
        raise += SIMULATED_EFFECTS.wageGrowthLogPoints;
        boosted = true;
      }
      cents = Math.max(1000, Math.round(cents * Math.exp(raise / 100)));
      wages.push({ effectiveOn: day, hourlyWageCents: cents });
    }
    e.wages = wages;
    // promotion: its own draws (rng.fork), after the index date
    const target = e.teer > 0 ? promotionTarget(e.nocCode, e.teer) : null;
    let promoted = false;
    if (target) {
      const score = -2.4 - 0.02 * (ageAt(index) - 40) + 0.03 * Math.min(tenureAtIndex, 15) - 0.3 * low;
      const ifNot = logistic(score);
      const ifTrained = logistic(score + SIMULATED_EFFECTS.promotionLogOdds);
      if (trained) history.promotion12.set(e.id, { ifTrained, ifNot });
      const draw = promotions.next();
      const on = addDays(index, promotions.int(30, 330));
      if (draw < (trained ? ifTrained : ifNot) && on <= asOf && (e.endDate === null || e.endDate > on)) {
        promoted = true;
        history.jobChanges.push({
          mutualId: mutual.id,
          memberId: firm.id,
          employeeId: e.id,
          effectiveOn: on,
          to: {
            nocCode: target.noc,
            jobTitle: e.language === 'en' ? target.en : (target.fr.split('|')[0] as string),
            teer: e.teer - 1,
          },
        });
      }
    } else if (trained) history.promotion12.set(e.id, { ifTrained: 0, ifNot: 0 });
    const lateral = trained && e.endDate === null && rng.chance(0.08);
    if (lateral && !promoted) {
      history.jobChanges.push({
        mutualId: mutual.id,
        memberId: firm.id,
        employeeId: e.id,
        effectiveOn: addDays(index, rng.int(120, 300)),
      });
    }
    out.push(e);
    // most departures are replaced
    if (e.endDate && rng.chance(0.85)) {
      const hired = addDays(e.endDate, rng.int(20, 120));
      if (hired < addDays(asOf, -5)) {
        const hire = generateEmployee(rng, {
          occupation: OCCUPATIONS[e.nocCode],
          asOf,
          foundedOn: '1965-01-01',
          departed: false,
          isOwner: false,
          emailDomain: e.email ? e.email.split('@')[1] : null,
          firmLanguage: e.language,
        });
        const age = rng.int(19, 50);
        queue.push({
          ...hire,
          hireDate: hired,
          birthYear: Number(hired.slice(0, 4)) - age,
          wages: [{ effectiveOn: hired, hourlyWageCents: hire.wages[0].hourlyWageCents }],
        });
      }
    }
  }
  return { firm, employees: out, trainedOn };
}

const MEASURES: readonly (readonly [ProductivityMeasure, number])[] = [
  ['value_added_per_hour', 70],
  ['defect_rate', 15],
  ['sales_per_employee', 15],
];

function baseProductivity(rng: Rng, measure: ProductivityMeasure): number {
  if (measure === 'value_added_per_hour') return rng.int(45, 95);
  if (measure === 'defect_rate') return rng.int(20, 80) / 10;
  return rng.int(150, 400) * 1000;
}

/** The yearly outcomes of a firm whose staff is `employees` (null: a prospect, drawn from its headcount). */
function firmYears(
  rng: Rng,
  firmId: string,
  kind: 'member' | 'prospect',
  mutualId: string,
  years: number[],
  staff: SimEmployee[] | null,
  headcount: number,
  payrollPerHead: number,
  firstTrainingYear: number | null,
  windowYear: number,
): SimulatedFirmYear[] {
  const measure = rng.weighted(MEASURES);
  const base = Math.log(baseProductivity(rng, measure));
  const sign = measure === 'defect_rate' ? -1 : 1;
  const absence = 0.03 + rng.next() * 0.025;
  const out: SimulatedFirmYear[] = [];
  for (const year of years) {
    if (!rng.chance(0.9)) continue;
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    let heads = headcount;
    let separations = Math.round(headcount * 0.12 * rng.next() * 2);
    let hours = heads * 1950;
    let payroll = heads * payrollPerHead;
    if (staff) {
      const employed = staff.filter((e) => e.hireDate <= end && (e.endDate === null || e.endDate >= start));
      heads = staff.filter((e) => e.hireDate <= end && (e.endDate === null || e.endDate > end)).length;
      // departures are simulated from the window's start; earlier years get a usual rate
      separations =
        year < windowYear
          ? Math.round(heads * (0.06 + rng.next() * 0.12))
          : staff.filter((e) => e.endDate !== null && e.endDate >= start && e.endDate <= end).length;
      hours = 0;
      payroll = 0;
      for (const e of employed) {
        const from = later(e.hireDate, start);
        const to = e.endDate && e.endDate < end ? e.endDate : end;
        const share = Math.max(0, dayNumber(to) - dayNumber(from) + 1) / 365;
        const wage =
          [...e.wages].reverse().find((w) => w.effectiveOn <= `${year}-07-01`)?.hourlyWageCents ??
          e.wages[0].hourlyWageCents;
        hours += 1950 * share;
        payroll += wage * 1950 * share;
      }
    }
    const trained = firstTrainingYear !== null && year > firstTrainingYear;
    const log =
      base +
      sign *
        (0.015 * (year - years[0]) +
          rng.normal(0, 0.04) +
          (trained ? SIMULATED_EFFECTS.productivityLogPoints / 100 : 0));
    const value = Math.exp(log);
    const rate = Math.max(0.005, absence - (trained ? 0.005 : 0) + rng.normal(0, 0.004));
    out.push({
      firmId,
      kind,
      mutualId,
      year,
      headcount: Math.max(heads, 0),
      separations,
      payrollCents: Math.round(payroll),
      hoursWorked: Math.round(hours),
      productivityMeasure: measure,
      productivityValue:
        measure === 'defect_rate' ? Math.min(100, Math.round(value * 100) / 100) : Math.round(value * 100) / 100,
      absenteeismDays: Math.round(heads * 220 * rate * 10) / 10,
      workAccidents: poisson(rng, 0.04 * (hours / 1950)),
    });
  }
  return out;
}

const STAGES: readonly (readonly [ProspectStage, number])[] = [
  ['contacted', 3],
  ['interested', 2],
  ['diagnosis', 1],
  ['proposal', 1],
  ['declined', 3],
];

const BARRIER_WEIGHTS: Record<string, number> = {
  cost: 30,
  time: 28,
  poaching: 18,
  relevance: 12,
  unaware: 10,
  admin_burden: 8,
  trains_internally: 6,
  closed_or_sold: 3,
  other: 3,
};

/** Reasons drawn with weights; micro firms cite time and cost more, bigger ones poaching. */
function barriers(rng: Rng, headcount: number, count: number): string[] {
  const weights = BARRIER_REASON_CODES.map((code) => {
    let w = BARRIER_WEIGHTS[code] ?? 5;
    if (headcount < 10 && (code === 'time' || code === 'cost')) w *= 1.8;
    if (headcount >= 20 && code === 'poaching') w *= 2;
    return [code, w] as const;
  });
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(rng.weighted(weights));
  return [...chosen];
}

function joinReasons(rng: Rng, count: number): string[] {
  const weights = JOIN_REASON_CODES.map(
    (code) =>
      [
        code,
        code === 'cost_sharing' ? 30 : code === 'training_offer' ? 25 : code === 'one_percent_law' ? 8 : 12,
      ] as const,
  );
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(rng.weighted(weights));
  return [...chosen];
}

function answersFor(
  rng: Rng,
  kind: ParticipationKind,
  headcount: number,
  trained: boolean,
): Record<string, number | string | string[]> {
  const scale = (mean: number) => Math.min(5, Math.max(1, Math.round(rng.normal(mean, 0.8))));
  if (kind === 'joining')
    return {
      reasons: joinReasons(rng, rng.int(1, 3)),
      heardFrom: rng.pick(HEARD_FROM_CODES),
      expectations: scale(4.1),
      concerns: barriers(rng, headcount, rng.int(0, 2)),
    };
  if (kind === 'renewal') {
    return {
      satisfaction: scale(trained ? 4.2 : 3.4),
      valueForMoney: scale(trained ? 3.9 : 3.0),
      intentToRenew: scale(trained ? 4.4 : 3.3),
      reasons: joinReasons(rng, rng.int(1, 2)),
      concerns: barriers(rng, headcount, rng.int(0, 2)),
    };
  }
  if (kind === 'exit')
    return { reasons: barriers(rng, headcount, rng.int(1, 3)), satisfaction: scale(2.8), wouldReturn: scale(2.5) };
  return { reasons: barriers(rng, headcount, rng.int(1, 3)), interest: scale(2.9) };
}

/**
 * Applies the simulated history to a demo dataset: employees (departures, replacements, wages) and
 * firms' headcount and payroll change; sessions, firms' yearly outcomes, prospects, consents and
 * questionnaires are returned beside it. Same dataset and generator, same history.
 */
export function simulateEvidenceHistory(
  dataset: DemoDataset,
  rng: Rng,
): { dataset: DemoDataset; history: EvidenceHistory } {
  const asOf = dataset.asOf;
  const asOfYear = Number(asOf.slice(0, 4));
  const windowStart = `${asOfYear - 5}-01-01`;
  const history: EvidenceHistory = {
    windowStart,
    sessions: [],
    firmYears: [],
    prospects: [],
    consents: [],
    questionnaires: [],
    jobChanges: [],
    retention12: new Map(),
    promotion12: new Map(),
  };
  const usedNeqs = new Set(dataset.mutuals.flatMap((m) => m.firms.map((f) => f.neq)));
  const usedNames = new Set(dataset.mutuals.flatMap((m) => m.firms.map((f) => f.legalName)));
  const years: number[] = [];
  for (let y = asOfYear - 6; y <= asOfYear - 1; y++) years.push(y);

  const mutuals = dataset.mutuals.map((mutual) => {
    const mrng = rng.fork(mutual.key);
    const dates = sessionDates(mrng.fork('sessions'), windowStart, asOf);
    const firms = mutual.firms.map((firm) => {
      if (firm.status === 'prospect' || firm.employees.length === 0) return { firm, sim: null };
      return { firm, sim: simulateFirm(mrng.fork(`firm/${firm.id}`), mutual, firm, dates, asOf, windowStart, history) };
    });
    // sessions: the trained employees of each date, across firms
    for (const [i, day] of dates.entries()) {
      const participants = firms.flatMap(({ sim }) =>
        sim
          ? [...sim.trainedOn]
              .filter(([, d]) => d === day)
              .map(([employeeId]) => ({ employeeId, memberId: sim.firm.id }))
          : [],
      );
      if (participants.length === 0) continue;
      // sessions of at most 12 participants
      for (let k = 0; k * 12 < participants.length; k++) {
        history.sessions.push({
          key: `${mutual.key}/${i}/${k}`,
          mutualId: mutual.id,
          lastDay: day,
          days: 1 + ((i + k) % 3),
          participants: participants.slice(k * 12, k * 12 + 12),
        });
      }
    }
    const frng = mrng.fork('firm-years');
    const newFirms = firms.map(({ firm, sim }) => {
      if (!sim) return firm;
      const first = [...sim.trainedOn.values()].sort()[0];
      const joinedYear = firm.joinedOn ? Number(firm.joinedOn.slice(0, 4)) : asOfYear;
      const leftYear = firm.leftOn ? Number(firm.leftOn.slice(0, 4)) : asOfYear;
      const reported = years.filter((y) => y >= joinedYear - 1 && y <= leftYear);
      history.firmYears.push(
        ...firmYears(
          frng.fork(firm.id),
          firm.id,
          'member',
          mutual.id,
          reported,
          sim.employees,
          firm.headcount,
          0,
          first ? Number(first.slice(0, 4)) : null,
          asOfYear - 5,
        ),
      );
      const onStaff = sim.employees.filter((e) => e.endDate === null);
      const hours = firm.kind === 'restaurant' ? 1400 : 1950;
      const employees: GeneratedEmployee[] = sim.employees.map(({ memberId: _, ...e }) => e);
      return {
        ...firm,
        employees,
        headcount: onStaff.length,
        annualPayrollCents: onStaff.reduce((s, e) => s + e.wages[e.wages.length - 1].hourlyWageCents * hours, 0),
      };
    });
    // consents: the members the generator says consented, from their joining; a few withdraw
    const crng = mrng.fork('consents');
    for (const firm of newFirms) {
      if (firm.status === 'prospect') continue;
      const contact = firm.contacts[0];
      const at = `${later(firm.joinedOn ?? windowStart, windowStart)}T15:00:00.000Z`;
      if (firm.consentOutcomeData) {
        history.consents.push({
          mutualId: mutual.id,
          firmId: firm.id,
          kind: 'member',
          granted: true,
          at,
          givenByName: contact.name,
        });
        if (crng.chance(0.05))
          history.consents.push({
            mutualId: mutual.id,
            firmId: firm.id,
            kind: 'member',
            granted: false,
            at: `${addDays(asOf, -crng.int(30, 300))}T15:00:00.000Z`,
            givenByName: contact.name,
          });
      } else if (crng.chance(0.5)) {
        history.consents.push({
          mutualId: mutual.id,
          firmId: firm.id,
          kind: 'member',
          granted: false,
          at,
          givenByName: contact.name,
        });
      }
    }
    // prospects: firms approached, some reporting the yearly form as comparison firms
    const prng = mrng.fork('prospects');
    const kinds = mutual.kind === 'sectoral' ? FOOD_FIRM_KINDS : FIRM_KINDS;
    const places =
      mutual.kind === 'sectoral'
        ? QUEBEC_PLACES.filter((p) => ['14', '16', '17', '12', '03'].includes(p.regionCode))
        : LANAUDIERE_PLACES;
    const count = mutual.kind === 'sectoral' ? 6 : 14;
    for (let i = 0; i < count; i++) {
      const headcount = prng.chance(0.45) ? prng.int(2, 9) : prng.int(10, 45);
      const generated = generateFirm(prng.fork(`prospect/${i}`), {
        kind: prng.weighted(kinds.map((k) => [k, k.frequency] as const)),
        place: prng.pick(places),
        headcount,
        status: 'prospect',
        asOf,
        mutualSince: mutual.recognisedSince,
        usedNeqs,
        usedNames,
        recordEmployees: false,
      });
      const stage = prng.weighted(STAGES);
      const reportsOutcomes = prng.chance(0.6);
      const prospect: SimulatedProspect = {
        id: prng.uuid(),
        mutualId: mutual.id,
        legalName: generated.legalName,
        neq: generated.neq,
        scianCode: generated.scianCode,
        regionCode: generated.regionCode,
        headcount,
        contactName: generated.contacts[0].name,
        contactEmail: generated.contacts[0].email,
        contactPhone: generated.contacts[0].phone,
        stage,
        stageChangedOn: addDays(asOf, -prng.int(5, 400)),
        reasons: stage === 'declined' || prng.chance(0.5) ? barriers(prng, headcount, prng.int(1, 3)) : [],
        notes: '',
        memberId: null,
        reportsOutcomes,
      };
      history.prospects.push(prospect);
      if (reportsOutcomes) {
        history.firmYears.push(
          ...firmYears(
            prng.fork(`years/${i}`),
            prospect.id,
            'prospect',
            mutual.id,
            years.slice(1),
            null,
            headcount,
            prng.int(42_000, 58_000) * 100,
            null,
            asOfYear - 5,
          ),
        );
        history.consents.push({
          mutualId: mutual.id,
          firmId: prospect.id,
          kind: 'prospect',
          granted: true,
          at: `${addDays(asOf, -prng.int(400, 900))}T15:00:00.000Z`,
          givenByName: prospect.contactName,
        });
      }
      if (prng.chance(0.6)) {
        const answered = prng.chance(0.55);
        const sentOn = addDays(asOf, -prng.int(20, 300));
        history.questionnaires.push({
          mutualId: mutual.id,
          kind: 'prospect',
          firmId: prospect.id,
          firmKind: 'prospect',
          toAddress: prospect.contactEmail,
          sentOn,
          answeredOn: answered ? addDays(sentOn, prng.int(1, 12)) : null,
          answers: answered ? answersFor(prng, 'prospect', headcount, false) : null,
        });
      }
    }
    // members who joined recently came through the prospect list
    for (const firm of newFirms.filter((f) => f.joinedOn && f.joinedOn >= `${asOfYear - 2}-01-01`)) {
      history.prospects.push({
        id: prng.uuid(),
        mutualId: mutual.id,
        legalName: firm.legalName,
        neq: firm.neq,
        scianCode: firm.scianCode,
        regionCode: firm.regionCode,
        headcount: firm.headcount,
        contactName: firm.contacts[0].name,
        contactEmail: firm.contacts[0].email,
        contactPhone: firm.contacts[0].phone,
        stage: 'member',
        stageChangedOn: firm.joinedOn as string,
        reasons: [],
        notes: '',
        memberId: firm.id,
        reportsOutcomes: false,
      });
    }
    // participation questionnaires of members: joining, renewal, exit
    const qrng = mrng.fork('questionnaires');
    const trainedFirms = new Set(firms.filter(({ sim }) => sim && sim.trainedOn.size > 0).map(({ firm }) => firm.id));
    for (const firm of newFirms) {
      if (firm.status === 'prospect') continue;
      const plan: { kind: ParticipationKind; sentOn: string }[] = [];
      if (firm.joinedOn && firm.joinedOn >= windowStart)
        plan.push({ kind: 'joining', sentOn: addDays(firm.joinedOn, 14) });
      if (firm.status === 'active') plan.push({ kind: 'renewal', sentOn: addDays(asOf, -qrng.int(30, 200)) });
      if ((firm.status === 'lapsed' || firm.status === 'withdrawn') && firm.leftOn)
        plan.push({ kind: 'exit', sentOn: addDays(firm.leftOn, 10) });
      for (const p of plan) {
        if (p.sentOn > asOf) continue;
        const answered = qrng.chance(p.kind === 'exit' ? 0.5 : 0.7);
        const answeredOn = answered ? addDays(p.sentOn, qrng.int(1, 15)) : null;
        history.questionnaires.push({
          mutualId: mutual.id,
          kind: p.kind,
          firmId: firm.id,
          firmKind: 'member',
          toAddress: firm.contacts[0].email,
          sentOn: p.sentOn,
          answeredOn: answeredOn && answeredOn <= asOf ? answeredOn : null,
          answers:
            answeredOn && answeredOn <= asOf
              ? answersFor(qrng, p.kind, firm.headcount, trainedFirms.has(firm.id))
              : null,
        });
      }
    }
    return { ...mutual, firms: newFirms };
  });
  // funders and researchers are the governance seed's observers (decision 34): they read a mutual they
  // observe, on its consenting firms' aggregates only
  const accounts = dataset.accounts;
  return { dataset: { ...dataset, mutuals, accounts, evidence: history }, history };
}

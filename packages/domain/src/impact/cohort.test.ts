import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCohort, comparisonIndexDate, type EmployeeHistory, wageOn } from './cohort.ts';
import { type EstimateAnswer, estimateOnUnits, MINIMUM_SAMPLE, type Unit } from './estimate.ts';
import { returnOnInvestment } from './roi.ts';

const employee = (over: Partial<EmployeeHistory>): EmployeeHistory => ({
  id: 'e1',
  memberId: 'm1',
  birthYear: 1985,
  hireDate: '2015-03-01',
  endDate: null,
  endReason: null,
  teer: 4,
  educationLevel: 'secondary',
  wages: [
    { effectiveOn: '2015-03-01', hourlyWageCents: 2000 },
    { effectiveOn: '2022-05-01', hourlyWageCents: 2100 },
    { effectiveOn: '2023-05-01', hourlyWageCents: 2300 },
  ],
  ...over,
});
const options = { asOf: '2026-11-01', windowStart: '2021-01-01', headcountOf: () => 20 };

describe('the comparison cohort', () => {
  it('given an untrained employee hired long ago, then the index date is 1 July of the window’s first year', () => {
    assert.equal(comparisonIndexDate(employee({}), '2021-01-01', '2026-11-01'), '2021-07-01');
  });

  it('given an untrained employee hired in August, then the index date is the 1 July after 90 days', () => {
    assert.equal(comparisonIndexDate(employee({ hireDate: '2023-08-15' }), '2021-01-01', '2026-11-01'), '2024-07-01');
    assert.equal(
      comparisonIndexDate(employee({ hireDate: '2023-08-15', endDate: '2024-03-01' }), '2021-01-01', '2026-11-01'),
      null,
    );
  });

  it('given a training on 2022-06-10, then wages are compared on that day and a year later, and follow-up runs to as-of', () => {
    const [row] = buildCohort([employee({})], [{ employeeId: 'e1', completedOn: '2022-06-10', hours: 14 }], options);
    assert.equal(row.trained, 1);
    assert.equal(row.indexDate, '2022-06-10');
    assert.equal(row.wageBeforeCents, 2100);
    assert.equal(row.wageAfterCents, 2300);
    assert.equal(Math.round(row.wageGrowth! * 100) / 100, 9.1); // 100 ln(23/21) = 9.097
    assert.equal(row.left, 0);
    assert.deepEqual([row.stayed12, row.stayed24], [1, 1]);
    assert.equal(row.age, 37);
  });

  it('given a departure 8 months after training, then it left before 12 months and the wage a year later is unknown', () => {
    const [row] = buildCohort(
      [employee({ endDate: '2023-02-10', endReason: 'resignation' })],
      [{ employeeId: 'e1', completedOn: '2022-06-10', hours: 7 }],
      options,
    );
    assert.deepEqual([row.left, row.stayed12, row.stayed24, row.wageGrowth], [1, 0, 0, null]);
    assert.ok(Math.abs(row.followUpMonths - 8) < 0.1);
  });

  it('given a move from TEER 4 to TEER 3 ten months after training, then promoted within 12 and 24 months', () => {
    const training = [{ employeeId: 'e1', completedOn: '2022-06-10', hours: 7 }];
    const [row] = buildCohort([employee({ jobChanges: [{ effectiveOn: '2023-04-01', teer: 3 }] })], training, options);
    assert.deepEqual([row.teer, row.promoted12, row.promoted24], [4, 1, 1]);
    // 14 months after: not within 12, within 24
    const [late] = buildCohort([employee({ jobChanges: [{ effectiveOn: '2023-08-10', teer: 3 }] })], training, options);
    assert.deepEqual([late.promoted12, late.promoted24], [0, 1]);
  });

  it('given a lateral move, a move to a less skilled class, or a promotion before the index date, then not promoted', () => {
    const training = [{ employeeId: 'e1', completedOn: '2022-06-10', hours: 7 }];
    const row = (jobChanges: { effectiveOn: string; teer: number }[]) =>
      buildCohort([employee({ jobChanges })], training, options)[0];
    assert.equal(row([{ effectiveOn: '2022-09-01', teer: 4 }]).promoted12, 0);
    assert.equal(row([{ effectiveOn: '2022-09-01', teer: 5 }]).promoted12, 0);
    // promoted to TEER 3 in 2021: the index date's class is TEER 3, and the covariate says so
    const before = row([{ effectiveOn: '2021-09-01', teer: 3 }]);
    assert.deepEqual([before.teer, before.promoted12], [3, 0]);
    // from TEER 3 (since 2021) to TEER 2 after training: promoted
    assert.equal(
      row([
        { effectiveOn: '2021-09-01', teer: 3 },
        { effectiveOn: '2022-12-01', teer: 2 },
      ]).promoted12,
      1,
    );
  });

  it('given a departure before 12 months, or a horizon after as-of, then promotion is unknown (null), as wage change is', () => {
    const training = [{ employeeId: 'e1', completedOn: '2022-06-10', hours: 7 }];
    const [gone] = buildCohort(
      [employee({ endDate: '2023-02-10', jobChanges: [{ effectiveOn: '2022-12-01', teer: 3 }] })],
      training,
      options,
    );
    assert.deepEqual([gone.promoted12, gone.promoted24], [null, null]);
    const [recent] = buildCohort([employee({})], [{ employeeId: 'e1', completedOn: '2026-03-10', hours: 7 }], options);
    assert.deepEqual([recent.promoted12, recent.promoted24], [null, null]);
  });

  it('given a training before the window, then the employee is in neither group', () => {
    assert.deepEqual(
      buildCohort([employee({})], [{ employeeId: 'e1', completedOn: '2019-06-10', hours: 7 }], options),
      [],
    );
  });

  it('when a wage is looked up, then the latest row on or before the day counts', () => {
    assert.equal(wageOn(employee({}).wages, '2022-04-30'), 2000);
    assert.equal(wageOn(employee({}).wages, '2022-05-01'), 2100);
    assert.equal(wageOn(employee({}).wages, '2015-02-28'), null);
  });
});

describe('an estimate in the app', () => {
  const units = (treated: number, control: number, firms: number): Unit[] =>
    Array.from({ length: treated + control }, (_, i) => ({
      memberId: `f${i % firms}`,
      trained: i < treated ? 1 : 0,
      outcome: i < treated ? 5 + (i % 3) : 3 + (i % 4),
      covariates: { x: i % 7 },
    }));

  it(`given ${MINIMUM_SAMPLE.peoplePerGroup - 1} trained people, then it says "not enough data" and shows their count`, () => {
    const answer = estimateOnUnits(units(MINIMUM_SAMPLE.peoplePerGroup - 1, 60, 6), {
      method: 'regression',
      unit: 'people',
      covariates: ['x'],
    });
    assert.equal(answer.status, 'not_enough_data');
    assert.equal(answer.treated.units, 29);
  });

  it(`given ${MINIMUM_SAMPLE.peoplePerGroup} trained people in 3 firms, then it estimates`, () => {
    const answer = estimateOnUnits(units(30, 60, 3), { method: 'regression', unit: 'people', covariates: ['x'] });
    assert.equal(answer.status, 'estimated');
  });

  it('given 40 trained people from 2 firms, then it says "not enough data" and their counts are suppressed', () => {
    const answer = estimateOnUnits(units(40, 60, 2), { method: 'regression', unit: 'people', covariates: ['x'] });
    assert.equal(answer.status, 'not_enough_data');
    assert.deepEqual(answer.treated, { units: null, firms: null });
  });
});

describe('return on investment', () => {
  const trainees = Array.from({ length: 40 }, () => ({ hourlyWageCents: 2500, hours: 14, trainingCostCents: 50_000 }));
  const estimated = (estimate: number, standardError: number): EstimateAnswer => ({
    status: 'estimated',
    method: 'weighting',
    estimate,
    standardError,
    ci95: [0, 0],
    treated: { units: 40, firms: 5 },
    comparison: { units: 80, firms: 9 },
    balance: [],
    notes: [],
  });

  it('given costs and both effects, then ROI = (benefits − full costs) / full costs with trainee wages in the costs', () => {
    const roi = returnOnInvestment(trainees, { wageGrowth: estimated(4, 1), retention12: estimated(8, 3) }, 20);
    assert.equal(roi.fullCostCents, 40 * (50_000 + 14 * 2500));
    const annual = 40 * 2500 * 1950;
    const benefit = Math.expm1(0.04) * annual + 0.08 * 40 * 0.2 * (annual / 40);
    assert.ok(Math.abs(roi.roiPct! - (100 * (benefit - roi.fullCostCents)) / roi.fullCostCents) < 0.5);
    assert.ok(roi.ci95![0] < roi.roiPct! && roi.roiPct! < roi.ci95![1]);
  });

  it('given no effect estimated, then it says "not enough data"', () => {
    const none = {
      status: 'not_enough_data',
      method: 'weighting',
      treated: { units: 4, firms: 1 },
      comparison: { units: 9, firms: 2 },
      minimum: 30,
    } as const;
    assert.equal(returnOnInvestment(trainees, { wageGrowth: none, retention12: none }, 20).status, 'not_enough_data');
  });
});

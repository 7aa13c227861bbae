import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateDemoDataset } from '../demo-data/demo-dataset.ts';
import { SIMULATED_EFFECTS, simulateEvidenceHistory } from '../demo-data/evidence-history.ts';
import { createRng } from '../demo-data/random.ts';
import { buildCohort, type EmployeeHistory } from './cohort.ts';
import { promotionEffect, retentionEffect, wageGrowthEffect } from './employee-effects.ts';
import { productivityEffect } from './firm-effects.ts';

// The demo's simulated history has a known effect of training (demo-data/evidence-history.ts): the
// engine, on the regional mutual's data as the app builds it, must cover it in its 95 % interval,
// by the primary method (weighting) and by regression.
describe('the demo history recovers its simulated effect of training', () => {
  const { dataset, history } = simulateEvidenceHistory(generateDemoDataset(), createRng('demo/2026/evidence'));
  const mutual = dataset.mutuals[0];
  const changesOf = new Map<string, { effectiveOn: string; teer: number }[]>();
  const teerOf = new Map(mutual.firms.flatMap((f) => f.employees.map((e) => [e.id, e.teer] as const)));
  for (const j of history.jobChanges) {
    if (j.mutualId !== mutual.id) continue;
    const list = changesOf.get(j.employeeId) ?? [];
    list.push({ effectiveOn: j.effectiveOn, teer: j.to?.teer ?? (teerOf.get(j.employeeId) as number) });
    changesOf.set(j.employeeId, list);
  }
  const employees: EmployeeHistory[] = mutual.firms.flatMap((f) =>
    f.employees.map((e) => ({
      id: e.id,
      memberId: f.id,
      birthYear: e.birthYear,
      hireDate: e.hireDate,
      endDate: e.endDate,
      endReason: e.endReason,
      teer: e.teer,
      educationLevel: e.educationLevel,
      wages: e.wages,
      jobChanges: changesOf.get(e.id) ?? [],
    })),
  );
  const trainings = history.sessions
    .filter((s) => s.mutualId === mutual.id)
    .flatMap((s) =>
      s.participants.map((p) => ({ employeeId: p.employeeId, completedOn: s.lastDay, hours: 7 * s.days })),
    );
  const headcounts = new Map(mutual.firms.map((f) => [f.id, f.headcount]));
  const cohort = buildCohort(employees, trainings, {
    asOf: dataset.asOf,
    windowStart: history.windowStart,
    headcountOf: (id) => headcounts.get(id) ?? 0,
  });
  const covers = (answer: ReturnType<typeof wageGrowthEffect>['primary'], truth: number, label: string) => {
    assert.equal(answer.status, 'estimated', `${label}: ${answer.status}`);
    if (answer.status !== 'estimated') return;
    assert.ok(
      answer.ci95[0] < truth && truth < answer.ci95[1],
      `${label}: ${answer.estimate.toFixed(2)} [${answer.ci95.map((x) => x.toFixed(2)).join(', ')}] misses ${truth.toFixed(2)}`,
    );
  };

  it('given the regional mutual, then hundreds of employees are compared and a third or so were trained', () => {
    const trained = cohort.filter((r) => r.trained).length;
    assert.ok(cohort.length > 400, `${cohort.length} in the cohort`);
    assert.ok(trained > 100 && trained < cohort.length * 0.6, `${trained} trained`);
  });

  it('wage growth: the estimate covers the simulated +4 log points', () => {
    const effect = wageGrowthEffect(cohort);
    covers(effect.primary, SIMULATED_EFFECTS.wageGrowthLogPoints, 'weighting');
    covers(effect.checks.find((c) => c.method === 'regression')!, SIMULATED_EFFECTS.wageGrowthLogPoints, 'regression');
  });

  it('12-month retention: the estimate covers the true effect on the treated', () => {
    const observed = cohort.filter((r) => r.trained && r.stayed12 !== null);
    const truth =
      (100 *
        observed.reduce(
          (s, r) =>
            s + (history.retention12.get(r.employeeId)!.ifTrained - history.retention12.get(r.employeeId)!.ifNot),
          0,
        )) /
      observed.length;
    assert.ok(truth > 5 && truth < 12, `true effect ${truth}`);
    const effect = retentionEffect(cohort, 12);
    covers(effect.primary, truth, 'weighting');
    covers(effect.checks.find((c) => c.method === 'regression')!, truth, 'regression');
  });

  it('promotion within 12 months: the estimate covers the true effect on the treated (about +5 points)', () => {
    const observed = cohort.filter((r) => r.trained && r.promoted12 !== null);
    const truth =
      (100 *
        observed.reduce((s, r) => {
          const p = history.promotion12.get(r.employeeId)!;
          return s + p.ifTrained - p.ifNot;
        }, 0)) /
      observed.length;
    assert.ok(truth > 2 && truth < 9, `true effect ${truth}`);
    assert.ok(
      cohort.some((r) => r.promoted12 === 1 && r.trained === 0),
      'comparison employees are promoted too',
    );
    const effect = promotionEffect(cohort, 12);
    covers(effect.primary, truth, 'weighting');
    covers(effect.checks.find((c) => c.method === 'regression')!, truth, 'regression');
  });

  it('productivity: the difference in differences of firms covers the simulated +6 log points', () => {
    const firstYear = new Map<string, number>();
    const memberOf = new Map(employees.map((e) => [e.id, e.memberId]));
    for (const t of trainings) {
      const m = memberOf.get(t.employeeId) as string;
      const y = Number(t.completedOn.slice(0, 4));
      if (!(firstYear.get(m)! <= y)) firstYear.set(m, y);
    }
    const records = history.firmYears.filter((r) => r.mutualId === mutual.id).map((r) => ({ ...r }));
    const effect = productivityEffect(records, firstYear);
    covers(effect.estimate, SIMULATED_EFFECTS.productivityLogPoints, 'did');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateRetention } from '../evidence/survival.ts';
import type { CohortRow } from './cohort.ts';
import { CHECK_METHODS, promotionEffect, retentionCurves, retentionEffect } from './employee-effects.ts';

/** A seeded cohort of `n` employees with follow-up times on a continuous scale (many distinct departure times). */
function cohortOf(n: number): CohortRow[] {
  let seed = 11;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: n }, (_, i) => {
    const trained = (i % 3 === 0 ? 1 : 0) as 0 | 1;
    const months = -Math.log(random()) * (trained ? 60 : 30);
    const followUp = Math.min(months, 48 * random() + 12);
    return {
      employeeId: `e${i}`,
      memberId: `m${i % 40}`,
      trained,
      indexDate: '2023-07-01',
      indexYear: 2023,
      age: 40,
      tenureYears: 5,
      lowSkilled: 0,
      teer: 3,
      firmSize: 3,
      wageBeforeCents: 2500,
      wageAfterCents: null,
      wageGrowth: null,
      followUpMonths: followUp,
      left: months <= followUp ? 1 : 0,
      stayed12: null,
      stayed24: null,
      promoted12: null,
      promoted24: null,
      trainingHours: 7 * trained,
    };
  });
}

describe('retention curves sent to the page', () => {
  it('given thousands of departure times, then at most one point per quarter-month, each the Kaplan–Meier value at the last departure of its quarter, none with fewer than 5 at risk', () => {
    const cohort = cohortOf(6000);
    const { curves } = retentionCurves(cohort);
    const reference = estimateRetention({
      time: Float64Array.from(cohort, (r) => r.followUpMonths),
      event: Uint8Array.from(cohort, (r) => r.left),
      group: cohort.map((r) => (r.trained ? 'trained' : 'comparison')),
    });
    for (const curve of curves) {
      const table = reference.groups.find((g) => g.group === curve.group)?.table ?? [];
      const cut = table.findIndex((r) => r.atRisk < 5);
      const shown = cut < 0 ? table : table.slice(0, cut);
      assert.ok(shown.length > 500, `${curve.group}: ${shown.length} departure times`);
      const points = curve.points.slice(1); // the first is (0, 100 %)
      const quarters = points.map((p) => Math.floor(p.months * 4));
      assert.equal(new Set(quarters).size, points.length, 'one point per quarter-month at most');
      assert.equal(
        points.length,
        new Set(shown.map((r) => Math.floor(r.time * 4))).size,
        'every quarter-month with a departure has its point',
      );
      for (const p of points) {
        const last = shown.filter((r) => Math.floor(r.time * 4) === Math.floor(p.months * 4)).at(-1);
        assert.equal(p.months, last?.time);
        assert.equal(p.survival, last?.survival);
        assert.ok(p.atRisk >= 5);
      }
    }
  });

  it('given the 12- and 24-month retention effects, then the 12-month one is checked by every method and the 24-month one by difference and regression (no matching)', () => {
    const cohort = cohortOf(600).map((r) => ({
      ...r,
      age: 25 + (Number(r.employeeId.slice(1)) % 30),
      stayed12: (r.left && r.followUpMonths < 12 ? 0 : 1) as 0 | 1,
      stayed24: (r.left && r.followUpMonths < 24 ? 0 : 1) as 0 | 1,
    }));
    const at12 = retentionEffect(cohort, 12);
    const at24 = retentionEffect(cohort, 24);
    assert.deepEqual(
      at12.checks.map((c) => c.method),
      [...CHECK_METHODS],
    );
    assert.deepEqual(
      at24.checks.map((c) => c.method),
      ['difference', 'regression'],
    );
    assert.equal(at24.primary.method, at12.primary.method);
  });

  it('given promotions, then both horizons are estimated by weighting and checked by difference and regression, on stayers only', () => {
    const cohort = cohortOf(600).map((r, i) => ({
      ...r,
      age: 25 + (i % 30),
      promoted12: i % 7 === 0 ? null : ((i % 5 === 0 ? 1 : 0) as 0 | 1),
      promoted24: i % 4 === 0 ? null : ((i % 3 === 0 ? 1 : 0) as 0 | 1),
    }));
    for (const [months, key] of [
      [12, 'promoted12'],
      [24, 'promoted24'],
    ] as const) {
      const effect = promotionEffect(cohort, months);
      assert.equal(effect.primary.method, 'weighting');
      assert.deepEqual(
        effect.checks.map((c) => c.method),
        ['difference', 'regression'],
      );
      const difference = effect.checks[0];
      assert.equal(difference.status, 'estimated');
      if (difference.status !== 'estimated') continue;
      const stayers = cohort.filter((r) => r[key] !== null);
      const mean = (rows: typeof cohort) => (100 * rows.reduce((s, r) => s + (r[key] as number), 0)) / rows.length;
      const expected = mean(stayers.filter((r) => r.trained)) - mean(stayers.filter((r) => !r.trained));
      assert.ok(Math.abs(difference.estimate - expected) < 1e-9, `${months}: ${difference.estimate} vs ${expected}`);
    }
  });

  it('given employees of 40 firms, then the effects by regression-type methods carry standard errors clustered by firm, and matching says it keeps its own', () => {
    const cohort = cohortOf(600).map((r, i) => ({
      ...r,
      age: 25 + (i % 30),
      stayed12: (r.left && r.followUpMonths < 12 ? 0 : 1) as 0 | 1,
    }));
    const effect = retentionEffect(cohort, 12);
    const clustered = (notes: string[]) =>
      notes.some((n) => n.startsWith('standard error: clustered by firm (CR1, 40 clusters'));
    for (const answer of [effect.primary, ...effect.checks]) {
      assert.equal(answer.status, 'estimated', answer.method);
      if (answer.status !== 'estimated') continue;
      if (answer.method === 'matching')
        assert.ok(answer.notes.some((n) => n.startsWith('standard error: not clustered by firm')));
      else assert.ok(clustered(answer.notes), `${answer.method}: ${answer.notes.join(' | ')}`);
    }
  });
});

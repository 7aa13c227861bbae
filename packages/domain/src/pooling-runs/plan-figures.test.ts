import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PlanJson } from './adjustments.ts';
import { comparePlans } from './compare.ts';
import { planFigures, readSolverMethod } from './plan-figures.ts';

// Worked by hand. One course costs 1 800 $ a session + 90 $ a seat, 6 to 12 seats a session.
// Firm m1 wants 3 seats (n1), firm m2 4 seats (n2); firm m3's 2 seats (n3) have no course.
// Pooled: one session of 7 seats = 1 800 + 90 × 7 = 2 430 $, shared per seat
// (m1: 3 × 2 430 / 7 = 1 041,43 $; m2: 1 388,57 $).
// Alone, each firm pays for the 6-seat minimum: 1 800 + 90 × 6 = 2 340 $, so 4 680 $ for both.
// The optimiser weighs each unserved seat 1 000 $: objective 2 430 + 2 × 1 000 = 4 430, a score.
const plan: PlanJson = {
  sessions: [
    {
      id: 's1',
      offerId: 'o1',
      period: '2027-02',
      region: '06',
      seats: 7,
      cost: 2430,
      allocations: [
        { needId: 'n1', memberId: 'm1', seats: 3, share: 1041.43 },
        { needId: 'n2', memberId: 'm2', seats: 4, share: 1388.57 },
      ],
    },
  ],
  unserved: [{ needId: 'n3', seats: 2, reason: 'no compatible offer' }],
  members: [
    { memberId: 'm1', seats: 3, pooledCost: 1041.43, standaloneCost: 2340, savings: 1298.57 },
    { memberId: 'm2', seats: 4, pooledCost: 1388.57, standaloneCost: 2340, savings: 951.43 },
    { memberId: 'm3', seats: 0, pooledCost: 0, standaloneCost: 0, savings: 0 },
  ],
  totals: {
    cost: 2430,
    penalty: 2000,
    objective: 4430,
    seatsServed: 7,
    seatsUnserved: 2,
    standaloneCost: 4680,
    savings: 2250,
  },
  bound: { lowerBound: 4430, gap: 0, optimal: true },
  // grouping by hand put n1 and n2 in two different months: two sessions at the 6-seat minimum
  baseline: { cost: 4680, objective: 6680, seatsUnserved: 2, improvement: (6680 - 4430) / 6680 },
  solver: { method: 'by component: heuristic, milp', milliseconds: 412, components: 2, componentsOptimal: 2 },
};

describe('plan figures in real money', () => {
  it('given a plan of one 7-seat session and 2 unserved seats, then its real cost is the session cost, without the penalty', () => {
    const f = planFigures(plan);
    assert.equal(f.realCostCents, 2430_00);
    assert.equal(f.sessions, 1);
    assert.equal(f.seatsRequested, 9);
    assert.equal(f.seatsServed, 7);
    assert.equal(f.seatsUnserved, 2);
    assert.equal(f.costPerSeatServedCents, 347_14); // 2 430 / 7 = 347,142…
  });

  it('given each firm would pay the 6-seat minimum alone, then pooling saves 4 680 − 2 430 = 2 250 $ (48,1 %)', () => {
    const f = planFigures(plan);
    assert.equal(f.aloneCostCents, 4680_00);
    assert.equal(f.savingVsAloneCents, 2250_00);
    assert.equal(Math.round(f.savingVsAloneRate * 1000) / 10, 48.1);
  });

  it('given a baseline serving the same 7 seats for 4 680 $, then the plan saves 2 250 $ on it, 48,1 % a seat', () => {
    const b = planFigures(plan).baseline;
    assert.ok(b);
    assert.equal(b.realCostCents, 4680_00);
    assert.equal(b.seatsServed, 7);
    assert.equal(b.costPerSeatServedCents, 668_57); // 4 680 / 7
    assert.equal(b.savingCents, 2250_00);
    assert.equal(b.extraSeatsServed, 0);
    assert.equal(Math.round((b.costPerSeatSavingRate ?? 0) * 1000) / 10, 48.1);
  });

  it('given a baseline that could open no session (it serves nothing, costs nothing), then the plan spends 2 430 $ more for 7 more seats and no per-seat rate', () => {
    const b = planFigures({
      ...plan,
      baseline: { cost: 0, objective: 9000, seatsUnserved: 9, improvement: (9000 - 4430) / 9000 },
    }).baseline;
    assert.ok(b);
    assert.equal(b.seatsServed, 0);
    assert.equal(b.savingCents, -2430_00);
    assert.equal(b.extraSeatsServed, 7);
    assert.equal(b.costPerSeatServedCents, null);
    assert.equal(b.costPerSeatSavingRate, null);
  });

  it('given the optimiser weighs unserved seats, then its objective and the 1 000 a seat weight stay in the technical details', () => {
    const f = planFigures(plan);
    assert.equal(f.technical.objective, 4430);
    assert.equal(f.technical.penaltyPerUnservedSeat, 1000);
    assert.equal(f.technical.baselineObjective, 6680);
    assert.equal(f.technical.optimal, true);
    assert.deepEqual(f.technical.method, { byComponent: true, steps: ['heuristic', 'milp'], other: [] });
    assert.equal(f.technical.components, 2);
  });

  it('given a plan stored without a baseline nor solver details, then it has no baseline figures and an empty method', () => {
    const { baseline: _b, solver: _s, ...old } = plan;
    const f = planFigures(old as PlanJson);
    assert.equal(f.baseline, null);
    assert.deepEqual(f.technical.method, { byComponent: false, steps: [], other: [] });
    assert.equal(f.technical.milliseconds, null);
  });
});

describe("reading the engine's method line", () => {
  it('given "milp", then one MILP for the whole problem', () => {
    assert.deepEqual(readSolverMethod('milp'), { byComponent: false, steps: ['milp'], other: [] });
  });
  it('given a step it does not know, then it is kept as written for the reader', () => {
    assert.deepEqual(readSolverMethod('by component: milp, quantum annealing'), {
      byComponent: true,
      steps: ['milp'],
      other: ['quantum annealing'],
    });
    assert.deepEqual(readSolverMethod('by component: none'), { byComponent: true, steps: [], other: [] });
  });
});

describe('comparing plans on real figures', () => {
  it('given the plan and one that leaves n2 unserved, then the comparison shows real cost and seats, and the objective only apart', () => {
    const smaller: PlanJson = {
      ...plan,
      sessions: [],
      unserved: [
        ...plan.unserved,
        { needId: 'n1', seats: 3, reason: 'too few seats or members to open a session' },
        { needId: 'n2', seats: 4, reason: 'too few seats or members to open a session' },
      ],
      members: plan.members.map((m) => ({ ...m, seats: 0, pooledCost: 0, standaloneCost: 0, savings: 0 })),
      totals: {
        cost: 0,
        penalty: 9000,
        objective: 9000,
        seatsServed: 0,
        seatsUnserved: 9,
        standaloneCost: 0,
        savings: 0,
      },
    };
    const cmp = comparePlans(plan, smaller);
    const row = (key: string) => cmp.figures.find((r) => r.key === key);
    assert.deepEqual(row('realCost'), { key: 'realCost', kind: 'money', a: 2430_00, b: 0, difference: -2430_00 });
    assert.deepEqual(row('seatsServed'), { key: 'seatsServed', kind: 'seats', a: 7, b: 0, difference: -7 });
    assert.equal(row('costPerSeatServed')?.difference, null);
    assert.ok(!cmp.figures.some((r) => r.kind === 'score'), 'no score among the real figures');
    assert.deepEqual(cmp.technical, [{ key: 'objective', kind: 'score', a: 4430, b: 9000, difference: 4570 }]);
  });
});

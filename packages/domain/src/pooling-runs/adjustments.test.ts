import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPlan, solvePooling } from '../pooling/index.ts';
import { applyAdjustments, InvalidAdjustmentError, type PlanJson } from './adjustments.ts';
import { comparePlans, type PlanTotalsJson } from './compare.ts';
import type { ProblemJson } from './problem-json.ts';
import { standaloneCostByNeedCents } from './standalone-by-need.ts';

type Plan = PlanJson & { totals: PlanTotalsJson };

// Two firms in region 06 want forklift training; two offers could serve them.
const problem: ProblemJson = {
  periods: ['2027-01', '2027-02'],
  needs: [
    {
      id: 'n1',
      memberId: 'm1',
      topic: 'forklift',
      seats: 4,
      region: '06',
      languages: ['fr'],
      modes: ['in_person'],
      periods: ['2027-01', '2027-02'],
    },
    {
      id: 'n2',
      memberId: 'm2',
      topic: 'forklift',
      seats: 4,
      region: '06',
      languages: ['fr'],
      modes: ['in_person'],
      periods: ['2027-01', '2027-02'],
    },
  ],
  offers: [
    {
      id: 'cheap',
      providerId: 'p1',
      topic: 'forklift',
      language: 'fr',
      mode: 'in_person',
      regions: ['06'],
      periods: ['2027-01', '2027-02'],
      fixedCost: 1000,
      seatCost: 50,
      minSeats: 2,
      maxSeats: 10,
      maxSessions: 1,
    },
    {
      id: 'dear',
      providerId: 'p2',
      topic: 'forklift',
      language: 'fr',
      mode: 'in_person',
      regions: ['06'],
      periods: ['2027-01', '2027-02'],
      fixedCost: 3000,
      seatCost: 50,
      minSeats: 2,
      maxSeats: 10,
      maxSessions: 1,
    },
  ],
  policy: { unservedSeatPenalty: 1000, minMembersPerSession: 1, timeLimitSeconds: 5 },
};

const solve = async (p: ProblemJson) => (await solvePooling(p)) as unknown as Plan;

describe('pins and excludes', () => {
  it('given no adjustments, when solved, then both firms share one session of the cheap offer', async () => {
    const plan = await solve(applyAdjustments(problem, {}).problem);
    assert.equal(plan.sessions.length, 1);
    assert.equal(plan.sessions[0].offerId, 'cheap');
    assert.equal(plan.sessions[0].seats, 8);
  });

  it('given the cheap session excluded, when solved and restored, then the plan uses another slot and stays valid for the original problem', async () => {
    const first = await solve(problem);
    const s = first.sessions[0];
    const adjusted = applyAdjustments(problem, {
      excludeSessions: [{ offerId: s.offerId, period: s.period, region: s.region }],
    });
    const plan = adjusted.restorePlan(await solve(adjusted.problem));
    assert.equal(plan.sessions.length, 1);
    assert.ok(
      !(plan.sessions[0].offerId === s.offerId && plan.sessions[0].period === s.period),
      'the excluded slot is not used',
    );
    assert.deepEqual(checkPlan(problem, plan), []);
  });

  it('given a need excluded, when solved, then the need appears nowhere in the plan', async () => {
    const adjusted = applyAdjustments(problem, { excludeNeeds: ['n2'] });
    const plan = adjusted.restorePlan(await solve(adjusted.problem));
    const needIds = [
      ...plan.sessions.flatMap((s) => s.allocations.map((a) => a.needId)),
      ...plan.unserved.map((u) => u.needId),
    ];
    assert.ok(!needIds.includes('n2'));
    assert.ok(needIds.includes('n1'));
  });

  it('given a session pinned on the dear offer, when solved and restored, then the plan keeps it with the original ids and is valid', async () => {
    const pin = {
      id: 's9',
      offerId: 'dear',
      period: '2027-02',
      region: '06',
      seats: 3,
      allocations: [{ needId: 'n1', memberId: 'm1', seats: 3 }],
    };
    const adjusted = applyAdjustments(problem, { pins: [pin] });
    const plan = adjusted.restorePlan(await solve(adjusted.problem));
    const kept = plan.sessions.find((s) => s.pinned);
    assert.ok(kept);
    assert.equal(kept.offerId, 'dear');
    assert.equal(kept.period, '2027-02');
    assert.deepEqual(
      kept.allocations.map((a) => [a.needId, a.seats]),
      [['n1', 3]],
    );
    const seatsOfN1 = plan.sessions
      .flatMap((s) => s.allocations)
      .filter((a) => a.needId === 'n1')
      .reduce((t, a) => t + a.seats, 0);
    assert.equal(seatsOfN1 + (plan.unserved.find((u) => u.needId === 'n1')?.seats ?? 0), 4);
    assert.equal(plan.pinsNotKept, undefined);
    assert.deepEqual(checkPlan(problem, plan), []);
  });

  it('given a pin on a need that is also excluded, then it is refused naming the field', () => {
    const pin = {
      id: 's1',
      offerId: 'cheap',
      period: '2027-01',
      region: '06',
      seats: 4,
      allocations: [{ needId: 'n1', memberId: 'm1', seats: 4 }],
    };
    assert.throws(
      () => applyAdjustments(problem, { pins: [pin], excludeNeeds: ['n1'] }),
      (e: unknown) => e instanceof InvalidAdjustmentError && e.field === 'pins[0].allocations[0].needId',
    );
  });

  it('given an exclude of an unknown offer, then it is refused naming the field', () => {
    assert.throws(
      () => applyAdjustments(problem, { excludeSessions: [{ offerId: 'nope', period: '2027-01', region: '06' }] }),
      (e: unknown) => e instanceof InvalidAdjustmentError && e.field === 'excludeSessions[0].offerId',
    );
  });
});

describe('comparing plans', () => {
  it('given a plan and its re-run without the cheap session, then the comparison pairs nothing and shows the cost difference', async () => {
    const a = await solve(problem);
    const adjusted = applyAdjustments(problem, {
      excludeSessions: [{ offerId: 'cheap', period: a.sessions[0].period, region: '06' }],
    });
    const b = adjusted.restorePlan(await solve(adjusted.problem));
    const cmp = comparePlans(a, b);
    const cost = cmp.figures.find((t) => t.key === 'realCost');
    assert.equal(cost?.difference, Math.round(b.totals.cost * 100) - Math.round(a.totals.cost * 100));
    assert.equal(cmp.sessions.both.length + cmp.sessions.onlyA.length, a.sessions.length);
    assert.equal(cmp.sessions.both.length + cmp.sessions.onlyB.length, b.sessions.length);
  });

  it('given the same plan twice, then every session is paired and every difference is zero', async () => {
    const a = await solve(problem);
    const cmp = comparePlans(a, a);
    assert.equal(cmp.sessions.onlyA.length + cmp.sessions.onlyB.length, 0);
    assert.ok([...cmp.figures, ...cmp.technical].every((t) => t.difference === 0));
  });
});

describe('standalone cost by need', () => {
  it('given 4 seats of n1, then alone it would buy one cheap session of 4 seats', () => {
    const cost = standaloneCostByNeedCents(problem, new Map([['n1', 4]]));
    assert.equal(cost.get('n1'), 100_000 + 4 * 5_000);
    assert.equal(cost.has('n2'), false);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkPlan } from './check-plan.ts';
import { generatePoolingProblem } from './generator.ts';
import type { Plan } from './plan.ts';
import { solvePooling } from './solve-pooling.ts';

type Json = Record<string, unknown>;
const REGIONS = ['06', '13'];
const PERIODS = ['2027-01', '2027-02'];

/** Small random problems in the spec's JSON format. */
function problemArbitrary(opts: { maxNeeds: number; maxSeats: number; minMembers: readonly number[] }) {
  const need = fc.record({
    member: fc.integer({ min: 1, max: 3 }),
    topic: fc.constantFrom('safety', 'excel'),
    seats: fc.integer({ min: 1, max: opts.maxSeats }),
    region: fc.constantFrom(...REGIONS),
    languages: fc.subarray(['fr', 'en'], { minLength: 1 }),
    modes: fc.subarray(['in_person', 'virtual'], { minLength: 1 }),
    periods: fc.subarray(PERIODS, { minLength: 1 }),
  });
  const offer = fc.record({
    topic: fc.constantFrom('safety', 'excel'),
    language: fc.constantFrom('fr', 'en'),
    mode: fc.constantFrom('in_person', 'virtual'),
    regions: fc.subarray(REGIONS, { minLength: 1 }),
    periods: fc.subarray(PERIODS, { minLength: 1 }),
    fixedCost: fc.integer({ min: 0, max: 50_000 }).map((c) => c / 100),
    seatCost: fc.integer({ min: 0, max: 100 }),
    minSeats: fc.integer({ min: 1, max: 4 }),
    extraSeats: fc.integer({ min: 0, max: 4 }),
    maxSessions: fc.integer({ min: 1, max: 2 }),
  });
  return fc
    .record({
      needs: fc.array(need, { minLength: 1, maxLength: opts.maxNeeds }),
      offers: fc.array(offer, { minLength: 1, maxLength: 3 }),
      penalty: fc.integer({ min: 10, max: 1000 }),
      minMembers: fc.constantFrom(...opts.minMembers),
      rule: fc.constantFrom('per_seat', 'fixed_equal_by_firm', 'small_firm_discount'),
    })
    .map(
      (r): Json => ({
        periods: PERIODS,
        needs: r.needs.map((n, i) => ({ id: `n${i + 1}`, memberId: `m${n.member}`, ...n, member: undefined })),
        offers: r.offers.map((o, i) => {
          const { extraSeats, ...rest } = o;
          return { id: `o${i + 1}`, providerId: 'p1', ...rest, maxSeats: o.minSeats + extraSeats };
        }),
        members: [
          { id: 'm1', sizeClass: 'micro' },
          { id: 'm2', sizeClass: 'small' },
          { id: 'm3', sizeClass: 'large' },
        ],
        policy: {
          unservedSeatPenalty: r.penalty,
          minMembersPerSession: r.minMembers,
          timeLimitSeconds: 10,
          allocationRule: r.rule,
        },
      }),
    );
}

/**
 * Fewest sessions that can hold these seats of one slot (each session between min and max seats
 * and with at least `minMembers` distinct members), by enumerating every way to deal each need's
 * seats out to the sessions; Infinity if none can.
 */
function fewestSessions(
  load: { member: string; seats: number }[],
  min: number,
  max: number,
  minMembers: number,
  maxCount: number,
): number {
  const total = load.reduce((t, l) => t + l.seats, 0);
  for (let count = Math.max(1, Math.ceil(total / max)); count <= Math.min(maxCount, Math.floor(total / min)); count++) {
    const seats = new Array<number>(count).fill(0);
    const members: Map<string, number>[] = Array.from({ length: count }, () => new Map());
    const deal = (li: number, left: number): boolean => {
      if (li === load.length) return seats.every((s, j) => s >= min && members[j].size >= minMembers);
      if (left === 0) return deal(li + 1, load[li + 1]?.seats ?? 0);
      const m = load[li].member;
      for (let j = 0; j < count; j++) {
        if (seats[j] >= max) continue;
        seats[j]++;
        members[j].set(m, (members[j].get(m) ?? 0) + 1);
        const ok = deal(li, left - 1);
        seats[j]--;
        if (members[j].get(m) === 1) members[j].delete(m);
        else members[j].set(m, (members[j].get(m) ?? 0) - 1);
        if (ok) return true;
      }
      return false;
    };
    if (deal(0, load[0]?.seats ?? 0)) return count;
  }
  return Number.POSITIVE_INFINITY;
}

/** The true optimum in cents, by enumerating every split of every need over its compatible slots, then every way to deal each slot's seats into sessions. */
function bruteForceOptimumCents(problem: Json): number {
  const needs = problem.needs as Json[];
  const offers = problem.offers as Json[];
  const policy = problem.policy as Json;
  const penalty = Math.round(policy.unservedSeatPenalty as number) * 100;
  const minMembers = (policy.minMembersPerSession as number | undefined) ?? 1;
  const slotsOf = needs.map((n) => {
    const out: { offer: number; key: string; group: string }[] = [];
    offers.forEach((o, oi) => {
      if (
        o.topic !== n.topic ||
        !(n.languages as string[]).includes(o.language as string) ||
        !(n.modes as string[]).includes(o.mode as string)
      )
        return;
      if (o.mode === 'in_person' && !(o.regions as string[]).includes(n.region as string)) return;
      for (const p of n.periods as string[]) {
        if (!(o.periods as string[]).includes(p)) continue;
        const region = o.mode === 'virtual' ? '-' : (n.region as string);
        out.push({ offer: oi, key: `${oi}|${p}|${region}`, group: `${oi}|${p}` });
      }
    });
    return out;
  });
  let best = Number.POSITIVE_INFINITY;
  const load = new Map<string, Map<number, number>>();
  const evaluate = (unserved: number) => {
    let cost = unserved * penalty;
    const perGroup = new Map<string, number>();
    for (const [key, byNeed] of load) {
      const list = [...byNeed]
        .filter(([, s]) => s > 0)
        .map(([ni, s]) => ({ member: needs[ni].memberId as string, seats: s }));
      const seats = list.reduce((t, l) => t + l.seats, 0);
      if (seats === 0) continue;
      const o = offers[Number(key.split('|')[0])];
      const sessions = fewestSessions(
        list,
        o.minSeats as number,
        o.maxSeats as number,
        minMembers,
        o.maxSessions as number,
      );
      if (!Number.isFinite(sessions)) return;
      const group = key.split('|').slice(0, 2).join('|');
      perGroup.set(group, (perGroup.get(group) ?? 0) + sessions);
      if ((perGroup.get(group) ?? 0) > (o.maxSessions as number)) return;
      cost += Math.round((o.fixedCost as number) * 100) * sessions + Math.round((o.seatCost as number) * 100) * seats;
    }
    best = Math.min(best, cost);
  };
  const place = (ni: number, si: number, left: number, unserved: number) => {
    if (ni === needs.length) return evaluate(unserved);
    const slots = slotsOf[ni];
    if (si === slots.length)
      return place(ni + 1, 0, ni + 1 < needs.length ? (needs[ni + 1].seats as number) : 0, unserved + left);
    const byNeed = load.get(slots[si].key) ?? new Map<number, number>();
    load.set(slots[si].key, byNeed);
    for (let take = 0; take <= left; take++) {
      byNeed.set(ni, (byNeed.get(ni) ?? 0) + take);
      place(ni, si + 1, left - take, unserved);
      byNeed.set(ni, (byNeed.get(ni) ?? 0) - take);
    }
  };
  place(0, 0, needs[0].seats as number, 0);
  return best;
}

const withoutTiming = (plan: Plan) => ({
  ...plan,
  solver: {
    ...plan.solver,
    milliseconds: 0,
    componentResults: plan.solver.componentResults.map((c) => ({ ...c, milliseconds: 0 })),
  },
});

describe('solvePooling', () => {
  it('given three firms with 3 seats each and a course for 6 to 12, opens one session of 9 and shares it by seat (the spec example)', async () => {
    const need = (id: string, memberId: string) => ({
      id,
      memberId,
      topic: 'forklift-safety',
      seats: 3,
      region: '06',
      languages: ['fr'],
      modes: ['in_person', 'virtual'],
      periods: ['2027-02', '2027-03'],
    });
    const problem = {
      periods: ['2027-01', '2027-02', '2027-03'],
      needs: [need('n1', 'm1'), need('n2', 'm2'), need('n3', 'm3')],
      offers: [
        {
          id: 'o1',
          providerId: 'p1',
          topic: 'forklift-safety',
          language: 'fr',
          mode: 'in_person',
          regions: ['06', '13'],
          periods: ['2027-02', '2027-03'],
          fixedCost: 1800,
          seatCost: 90,
          minSeats: 6,
          maxSeats: 12,
          maxSessions: 4,
        },
      ],
      policy: { unservedSeatPenalty: 1000, minMembersPerSession: 1, timeLimitSeconds: 30 },
    };
    const plan = await solvePooling(problem);
    assert.deepEqual(checkPlan(problem, plan), []);
    assert.equal(plan.sessions.length, 1);
    assert.deepEqual(
      {
        id: plan.sessions[0].id,
        period: plan.sessions[0].period,
        region: plan.sessions[0].region,
        seats: plan.sessions[0].seats,
        cost: plan.sessions[0].cost,
      },
      { id: 's1', period: '2027-02', region: '06', seats: 9, cost: 2610 },
    );
    assert.deepEqual(
      plan.sessions[0].allocations.map((a) => a.share),
      [870, 870, 870],
    );
    assert.deepEqual(plan.members[0], {
      memberId: 'm1',
      seats: 3,
      pooledCost: 870,
      standaloneCost: 2340,
      savings: 1470,
    });
    assert.deepEqual(plan.bound, { lowerBound: 2610, gap: 0, optimal: true });
    assert.equal(plan.baseline.objective, 2610);
  });

  it('given a need no offer can serve, leaves it unserved with the reason and the penalty', async () => {
    const problem = {
      periods: ['p'],
      needs: [
        {
          id: 'n1',
          memberId: 'm1',
          topic: 'rare',
          seats: 2,
          region: '01',
          languages: ['fr'],
          modes: ['virtual'],
          periods: ['p'],
        },
      ],
      offers: [],
    };
    const plan = await solvePooling(problem);
    assert.deepEqual(plan.unserved, [{ needId: 'n1', seats: 2, reason: 'no compatible offer' }]);
    assert.equal(plan.totals.objective, 2000);
    assert.equal(plan.bound.optimal, true);
  });

  it('given the same generated problem twice, returns the same plan', async () => {
    const problem = generatePoolingProblem({
      seed: 7,
      needs: 60,
      offers: 15,
      periods: 3,
      regions: 3,
      topics: 4,
      members: 20,
    });
    const a = await solvePooling(problem);
    const b = await solvePooling(structuredClone(problem));
    assert.deepEqual(withoutTiming(a), withoutTiming(b));
    assert.deepEqual(checkPlan(problem, a), []);
  });

  it('property: every plan passes checkPlan (feasible, shares sum to costs, no member above standalone unless warned) and is never worse than the naive baseline', async () => {
    await fc.assert(
      fc.asyncProperty(problemArbitrary({ maxNeeds: 8, maxSeats: 6, minMembers: [1, 1, 2] }), async (problem) => {
        const plan = await solvePooling(problem);
        assert.deepEqual(checkPlan(problem, plan), []);
        assert.ok(
          plan.totals.objective <= plan.baseline.objective + 1e-9,
          `objective ${plan.totals.objective} > baseline ${plan.baseline.objective}`,
        );
        for (const w of plan.warnings) assert.ok(plan.members.some((m) => m.memberId === w.memberId && m.savings < 0));
      }),
      { numRuns: 80, seed: 20270101 },
    );
  });

  it('property: when no component is small enough for one MILP (Lagrangian bound, core MILP and neighbourhood search only), plans pass checkPlan and the bound never exceeds the true optimum (brute force)', async () => {
    await fc.assert(
      fc.asyncProperty(problemArbitrary({ maxNeeds: 3, maxSeats: 3, minMembers: [1, 2] }), async (problem) => {
        const quick = { ...problem, policy: { ...(problem.policy as Json), timeLimitSeconds: 0.4 } };
        const plan = await solvePooling(quick, { maxMilpNonzeros: 0 });
        assert.deepEqual(checkPlan(quick, plan), []);
        const optimum = bruteForceOptimumCents(quick);
        assert.ok(
          Math.round(plan.bound.lowerBound * 100) <= optimum,
          `lower bound ${plan.bound.lowerBound} > optimum ${optimum / 100}`,
        );
        assert.ok(Math.round(plan.totals.objective * 100) >= optimum);
      }),
      { numRuns: 25, seed: 4242 },
    );
  });

  it('property: on tiny problems the lower bound never exceeds the true optimum (brute force) and optimal plans reach it', async () => {
    await fc.assert(
      fc.asyncProperty(problemArbitrary({ maxNeeds: 3, maxSeats: 3, minMembers: [1, 2] }), async (problem) => {
        const plan = await solvePooling(problem);
        const optimum = bruteForceOptimumCents(problem);
        const lb = Math.round(plan.bound.lowerBound * 100);
        const objective = Math.round(plan.totals.objective * 100);
        assert.ok(lb <= optimum, `lower bound ${lb} > optimum ${optimum}`);
        assert.ok(objective >= optimum, `objective ${objective} < optimum ${optimum}: brute force or plan is wrong`);
        if (plan.bound.optimal) assert.equal(objective, optimum);
      }),
      { numRuns: 100, seed: 42 },
    );
  });
});

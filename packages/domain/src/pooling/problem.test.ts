import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InvalidPoolingProblemError, parsePoolingProblem } from './problem.ts';

const valid = () => ({
  periods: ['2027-01', '2027-02'],
  needs: [
    {
      id: 'n1',
      memberId: 'm1',
      topic: 't',
      seats: 3,
      region: '06',
      languages: ['fr'],
      modes: ['in_person'],
      periods: ['2027-01'],
    },
    {
      id: 'n4',
      memberId: 'm2',
      topic: 't',
      seats: 2,
      region: '06',
      languages: ['fr'],
      modes: ['virtual'],
      periods: ['2027-02'],
    },
  ],
  offers: [
    {
      id: 'o1',
      providerId: 'p1',
      topic: 't',
      language: 'fr',
      mode: 'in_person',
      regions: ['06'],
      periods: ['2027-01'],
      fixedCost: 1800,
      seatCost: 90.5,
      minSeats: 2,
      maxSeats: 12,
    },
  ],
  policy: { unservedSeatPenalty: 1000, minMembersPerSession: 1, timeLimitSeconds: 5 },
});

function issuesOf(input: unknown): string[] {
  try {
    parsePoolingProblem(input);
  } catch (e) {
    assert.ok(e instanceof InvalidPoolingProblemError);
    return e.issues.map((i) => `${i.path}: ${i.message}`);
  }
  return [];
}

describe('parsePoolingProblem', () => {
  it('given a valid problem, applies defaults and keeps money in cents', () => {
    const p = parsePoolingProblem({ ...valid(), unknownField: 1 });
    assert.equal(p.offers[0].maxSessions, 1);
    assert.equal(p.offers[0].seatCostCents, 9050);
    assert.equal(p.policy.unservedSeatPenaltyCents, 100_000);
    assert.equal(p.policy.allocationRule, 'per_seat');
  });

  it('given bad seats, names the index, the id and the field', () => {
    const input = valid();
    input.needs[1].seats = 0;
    assert.deepEqual(issuesOf(input), ['needs[1] (id "n4").seats: must be an integer >= 1']);
  });

  it('given duplicate ids, min > max, negative cost, an unknown period, mode or language, reports each', () => {
    const input = valid() as ReturnType<typeof valid> & { offers: Record<string, unknown>[] };
    input.needs[1].id = 'n1';
    input.needs[0].periods = ['2027-09'];
    input.needs[0].modes = ['hybrid'];
    input.needs[0].languages = ['French!'];
    input.offers[0].minSeats = 13;
    input.offers[0].fixedCost = -1;
    const issues = issuesOf(input);
    assert.ok(issues.includes('needs[1] (id "n1").id: duplicate need id "n1"'));
    assert.ok(issues.includes('needs[0] (id "n1").periods[0]: period "2027-09" is not in periods'));
    assert.ok(issues.includes('needs[0] (id "n1").modes[0]: "hybrid" is not a mode (in_person, virtual)'));
    assert.ok(issues.some((i) => i.startsWith('needs[0] (id "n1").languages[0]')));
    assert.ok(issues.includes('offers[0] (id "o1").minSeats: must be <= maxSeats (13 > 12)'));
    assert.ok(issues.includes('offers[0] (id "o1").fixedCost: must be an amount in dollars >= 0'));
  });

  it('given missing required fields, says they are required', () => {
    assert.deepEqual(issuesOf({ periods: ['a'], needs: [] }), ['offers: is required']);
    assert.ok(
      issuesOf({ periods: ['a'], needs: [{ id: 'n1' }], offers: [] }).includes('needs[0] (id "n1").seats: is required'),
    );
  });

  it('given a members list, a need of an unknown member is rejected', () => {
    const input = { ...valid(), members: [{ id: 'm1', sizeClass: 'micro' }] };
    assert.deepEqual(issuesOf(input), ['needs[1] (id "n4").memberId: member "m2" is not in members']);
  });

  it('given amounts with more than 2 decimals, rejects them', () => {
    const input = valid();
    input.offers[0].seatCost = 1.005;
    assert.deepEqual(issuesOf(input), [
      'offers[0] (id "o1").seatCost: must be an amount in dollars with at most 2 decimals',
    ]);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePoolingProblem } from '../pooling/problem.ts';
import { buildPoolingProblem, type PoolingCourseSource, type PoolingNeedSource } from './pooling-problem.ts';

const topics = new Map([['t1', 'health-safety.forklift']]);
const need = (over: Partial<PoolingNeedSource> = {}): PoolingNeedSource => ({
  id: 'n1',
  memberId: 'm1',
  topicId: 't1',
  seats: 3,
  regionCode: '14',
  languages: ['fr'],
  modes: ['virtual', 'in_person'],
  periods: ['2027-02', '2027-03', '2027-09'],
  status: 'open',
  ...over,
});
const course = (over: Partial<PoolingCourseSource> = {}): PoolingCourseSource => ({
  id: 'c1',
  providerId: 'p1',
  topicId: 't1',
  language: 'fr',
  mode: 'in_person',
  regions: ['14', '06'],
  periods: ['2027-02', '2027-03'],
  fixedCostCents: 180_000,
  seatCostCents: 9_050,
  minSeats: 6,
  maxSeats: 12,
  maxSessionsPerPeriod: 4,
  status: 'approved',
  ...over,
});

describe('buildPoolingProblem', () => {
  it('given an open need and an approved course, then the problem has the spec shape in dollars and topic codes', () => {
    const { problem } = buildPoolingProblem({
      needs: [need()],
      courses: [course()],
      topicCodeById: topics,
      periods: ['2027-03', '2027-02'],
      policy: { unservedSeatPenaltyCents: 100_000, minMembersPerSession: 2, timeLimitSeconds: 30 },
    });
    assert.deepEqual(problem, {
      periods: ['2027-02', '2027-03'],
      needs: [
        {
          id: 'n1',
          memberId: 'm1',
          topic: 'health-safety.forklift',
          seats: 3,
          region: '14',
          languages: ['fr'],
          modes: ['in_person', 'virtual'],
          periods: ['2027-02', '2027-03'],
        },
      ],
      offers: [
        {
          id: 'c1',
          providerId: 'p1',
          topic: 'health-safety.forklift',
          language: 'fr',
          mode: 'in_person',
          regions: ['06', '14'],
          periods: ['2027-02', '2027-03'],
          fixedCost: 1800,
          seatCost: 90.5,
          minSeats: 6,
          maxSeats: 12,
          maxSessions: 4,
        },
      ],
      policy: { unservedSeatPenalty: 1000, minMembersPerSession: 2, timeLimitSeconds: 30 },
    });
  });
  it('given the built problem, then the pooling engine reads it without complaint', () => {
    const { problem } = buildPoolingProblem({
      needs: [need(), need({ id: 'n2', memberId: 'm2' })],
      courses: [course(), course({ id: 'c2', mode: 'virtual', regions: ['14'] })],
      topicCodeById: topics,
      periods: ['2027-02'],
      members: [
        { id: 'm1', sizeClass: 'micro' },
        { id: 'm2', sizeClass: 'large' },
        { id: 'm3', sizeClass: 'small' },
      ],
    });
    const parsed = parsePoolingProblem(JSON.parse(JSON.stringify(problem)));
    assert.equal(parsed.needs.length, 2);
    assert.equal(parsed.offers[1].regions.length, 0);
    assert.deepEqual(
      problem.members?.map((m) => m.id),
      ['m1', 'm2'],
    );
  });
  it('given needs and courses outside the chosen periods or not usable, then they are left out with a reason', () => {
    const { problem, leftOutNeeds, leftOutCourses } = buildPoolingProblem({
      needs: [
        need({ id: 'a', periods: ['2028-01'] }),
        need({ id: 'b', status: 'planned' }),
        need({ id: 'c', topicId: 'zz' }),
      ],
      courses: [course({ id: 'x', status: 'proposed' }), course({ id: 'y', periods: ['2028-01'] })],
      topicCodeById: topics,
      periods: ['2027-02'],
    });
    assert.equal(problem.needs.length, 0);
    assert.deepEqual(leftOutNeeds, [
      { id: 'a', reason: 'no_chosen_period' },
      { id: 'b', reason: 'not_open' },
      { id: 'c', reason: 'unknown_topic' },
    ]);
    assert.deepEqual(leftOutCourses, [
      { id: 'x', reason: 'not_approved' },
      { id: 'y', reason: 'no_chosen_period' },
    ]);
  });
  it('given a malformed period, then it is refused with the field named', () => {
    assert.throws(
      () => buildPoolingProblem({ needs: [], courses: [], topicCodeById: topics, periods: ['2027-13'] }),
      /periods/,
    );
  });
});

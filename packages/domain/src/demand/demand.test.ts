import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  aggregateDemand,
  anonymousDemand,
  assessCell,
  type CatalogueCourse,
  cellKey,
  type DemandNeed,
  poolKey,
  unmetReason,
} from './demand.ts';

const need = (id: string, memberId: string, over: Partial<DemandNeed> = {}): DemandNeed => ({
  id,
  memberId,
  topicId: 'forklift',
  seats: 3,
  regionCode: '14',
  languages: ['fr'],
  modes: ['in_person'],
  periods: ['2027-02'],
  ...over,
});
const course = (over: Partial<CatalogueCourse> = {}): CatalogueCourse => ({
  id: 'c1',
  topicId: 'forklift',
  language: 'fr',
  mode: 'in_person',
  regions: ['14'],
  periods: ['2027-02', '2027-03'],
  minSeats: 6,
  ...over,
});
const index = (needs: DemandNeed[]) => {
  const { cells, pools } = aggregateDemand(needs);
  return {
    cells: new Map(cells.map((c) => [cellKey(c.topicId, c.regionCode, c.period, c.language), c])),
    pools: new Map(pools.map((p) => [poolKey(p.topicId, p.period, p.language), p])),
  };
};

describe('demand aggregation', () => {
  it('given needs of two members in one cell, then seats add up and members are counted once each', () => {
    const { cells } = aggregateDemand([
      need('n1', 'm1'),
      need('n2', 'm1', { seats: 2 }),
      need('n3', 'm2', { seats: 4 }),
    ]);
    assert.equal(cells.length, 1);
    assert.deepEqual(
      { seats: cells[0].seats, members: cells[0].members, needs: cells[0].needs },
      { seats: 9, members: 2, needs: 3 },
    );
  });
  it('given a need accepting two periods and two languages, then it counts in the four cells it accepts', () => {
    const { cells } = aggregateDemand([need('n1', 'm1', { periods: ['2027-02', '2027-03'], languages: ['fr', 'en'] })]);
    assert.deepEqual(cells.map((c) => `${c.period}/${c.language}`).sort(), [
      '2027-02/en',
      '2027-02/fr',
      '2027-03/en',
      '2027-03/fr',
    ]);
    assert.ok(cells.every((c) => c.seats === 3));
  });
  it('given needs in two regions accepting virtual sessions, then the virtual pool gathers both regions', () => {
    const { cells, pools } = aggregateDemand([
      need('n1', 'm1', { modes: ['virtual'], regionCode: '14' }),
      need('n2', 'm2', { modes: ['virtual', 'in_person'], regionCode: '06' }),
    ]);
    assert.equal(cells.length, 2);
    assert.deepEqual(
      pools.map((p) => [p.seats, p.members]),
      [[6, 2]],
    );
    const montreal = cells.find((c) => c.regionCode === '06')!;
    assert.deepEqual([montreal.inPersonSeats, montreal.virtualSeats], [3, 3]);
  });
});

describe('cell readiness', () => {
  it('given 6 seats from two members and a course with a minimum of 6, then the cell is ready', () => {
    const { cells, pools } = index([need('n1', 'm1'), need('n2', 'm2')]);
    const cell = [...cells.values()][0];
    const a = assessCell(cell, pools.get(poolKey('forklift', '2027-02', 'fr')), [course()], 2);
    assert.equal(a.status, 'ready');
    assert.deepEqual(a.readyCourseIds, ['c1']);
  });
  it('given 6 seats from one member only and two firms required per session, then it is below minimum', () => {
    const { cells } = index([need('n1', 'm1', { seats: 6 })]);
    const a = assessCell([...cells.values()][0], undefined, [course()], 2);
    assert.equal(a.status, 'below_minimum');
  });
  it('given 4 seats and a minimum of 6, then it is below minimum by 2 seats', () => {
    const { cells } = index([need('n1', 'm1'), need('n2', 'm2', { seats: 1 })]);
    const a = assessCell([...cells.values()][0], undefined, [course()], 1);
    assert.deepEqual([a.status, a.missingSeats], ['below_minimum', 2]);
  });
  it('given no course on the topic, then no_course_on_topic', () => {
    const { cells } = index([need('n1', 'm1')]);
    assert.equal(
      assessCell([...cells.values()][0], undefined, [course({ topicId: 'welding' })], 1).status,
      'no_course_on_topic',
    );
  });
  it('given only an English course, then no_language_or_mode_match', () => {
    const { cells } = index([need('n1', 'm1')]);
    assert.equal(
      assessCell([...cells.values()][0], undefined, [course({ language: 'en' })], 1).status,
      'no_language_or_mode_match',
    );
  });
  it('given a course running only in other months, then no_period', () => {
    const { cells } = index([need('n1', 'm1')]);
    assert.equal(
      assessCell([...cells.values()][0], undefined, [course({ periods: ['2027-05'] })], 1).status,
      'no_period',
    );
  });
  it('given an in-person course in other regions, then region_not_served', () => {
    const { cells } = index([need('n1', 'm1')]);
    assert.equal(
      assessCell([...cells.values()][0], undefined, [course({ regions: ['06'] })], 1).status,
      'region_not_served',
    );
  });
  it('given a virtual course and virtual demand spread across regions, then each cell is ready through the pool', () => {
    const { cells, pools } = index([
      need('n1', 'm1', { modes: ['virtual'], regionCode: '14' }),
      need('n2', 'm2', { modes: ['virtual'], regionCode: '06' }),
    ]);
    const virtualCourse = course({ mode: 'virtual', regions: [] });
    for (const cell of cells.values()) {
      assert.equal(
        assessCell(cell, pools.get(poolKey('forklift', cell.period, 'fr')), [virtualCourse], 2).status,
        'ready',
      );
    }
  });
});

describe('unmet needs', () => {
  const courses = [course()];
  it('given a need in a cell that fills the course, then it is met', () => {
    const needs = [need('n1', 'm1'), need('n2', 'm2')];
    const { cells, pools } = index(needs);
    assert.equal(unmetReason(needs[0], courses, cells, pools, 2), null);
  });
  it('given a lonely need, then the reason is below_minimum', () => {
    const needs = [need('n1', 'm1')];
    const { cells, pools } = index(needs);
    assert.equal(unmetReason(needs[0], courses, cells, pools, 1), 'below_minimum');
  });
  it('given a need for virtual only and an in-person course, then no_language_or_mode_match', () => {
    const needs = [need('n1', 'm1', { modes: ['virtual'] })];
    const { cells, pools } = index(needs);
    assert.equal(unmetReason(needs[0], courses, cells, pools, 1), 'no_language_or_mode_match');
  });
  it('given a need for a topic nobody teaches, then no_course_on_topic', () => {
    const needs = [need('n1', 'm1', { topicId: 'welding' })];
    const { cells, pools } = index(needs);
    assert.equal(unmetReason(needs[0], courses, cells, pools, 1), 'no_course_on_topic');
  });
  it('given a need only in June, then no_period', () => {
    const needs = [need('n1', 'm1', { periods: ['2027-06'] })];
    const { cells, pools } = index(needs);
    assert.equal(unmetReason(needs[0], courses, cells, pools, 1), 'no_period');
  });
  it('given a need in a region the course does not serve, then region_not_served', () => {
    const needs = [need('n1', 'm1', { regionCode: '01', seats: 10 })];
    const { cells, pools } = index(needs);
    assert.equal(unmetReason(needs[0], courses, cells, pools, 1), 'region_not_served');
  });
  it('given demand that fills the course only in a period the need does not accept, then still below_minimum', () => {
    const needs = [need('n1', 'm1', { periods: ['2027-03'] }), need('n2', 'm2', { periods: ['2027-02'], seats: 6 })];
    const { cells, pools } = index(needs);
    assert.equal(unmetReason(needs[0], courses, cells, pools, 1), 'below_minimum');
    assert.equal(unmetReason(needs[1], courses, cells, pools, 1), null);
  });
});

describe('anonymous demand', () => {
  it('given needs of three other firms, then the member sees counts only', () => {
    const result = anonymousDemand(
      [
        { memberId: 'me', seats: 2 },
        { memberId: 'a', seats: 3 },
        { memberId: 'a', seats: 1 },
        { memberId: 'b', seats: 2 },
        { memberId: 'c', seats: 1 },
      ],
      'me',
    );
    assert.deepEqual(result, { otherMembers: 3, otherSeats: 7, ownSeats: 2 });
  });
});

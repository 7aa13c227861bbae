import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupFigure, mutualSizeClassOf, mutualTypeOf } from './observatory.ts';
import type { IndicatorValue } from './scorecard.ts';

const share = (numerator: number, denominator: number, people: number): IndicatorValue => ({
  value: numerator / denominator,
  status: 'ok',
  base: { people },
  numerator,
  denominator,
});

describe('observatory groups', () => {
  it('given shares of two mutuals, then the group pools their numerators and denominators', () => {
    const g = groupFigure('low_skilled_share', [share(10, 20, 20), share(30, 40, 40)]);
    assert.deepEqual(g, { value: 0.6667, status: 'ok', mutuals: 2 });
  });
  it('given counts, then the group gives the mean per mutual', () => {
    const count = (n: number): IndicatorValue => ({ value: n, status: 'ok', base: { firms: n } });
    assert.equal(groupFigure('active_members', [count(10), count(30)]).value, 20);
  });
  it('given two mutuals with 2 workers each, then the group (4 people) is suppressed; with 3 and 2 (5 people) it is shown', () => {
    const workers = (n: number): IndicatorValue => ({ value: n, status: 'ok', base: { people: n } });
    assert.equal(groupFigure('workers_served', [workers(2), workers(2)]).status, 'suppressed');
    assert.equal(groupFigure('workers_served', [workers(3), workers(2)]).value, 2.5);
  });
  it('given only values that are not available, then the group is not available', () => {
    assert.equal(
      groupFigure('retention_12m', [{ value: null, status: 'not_available', base: {} }]).status,
      'not_available',
    );
  });
  it('given a basis and a number of members, then the type and size class follow', () => {
    assert.deepEqual(
      ['regional', 'sectoral', 'csmo', 'client_subcontractor'].map((b) => mutualTypeOf(b as never)),
      ['regional', 'sectoral', 'sectoral', 'other'],
    );
    assert.deepEqual([24, 25, 74, 75].map(mutualSizeClassOf), ['small', 'medium', 'medium', 'large']);
  });
});

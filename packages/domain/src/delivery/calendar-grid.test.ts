import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mondayOf, monthWeeks, shiftView, viewRange, weekDays } from './calendar-grid.ts';

describe('calendar grid', () => {
  it('given any day, then its week runs from Monday to Sunday', () => {
    assert.equal(mondayOf('2026-12-06'), '2026-11-30'); // a Sunday
    assert.equal(mondayOf('2026-11-30'), '2026-11-30');
    assert.deepEqual(weekDays('2026-12-02'), [
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });

  it('given a month, then its whole weeks cover it from the Monday before its first day to the Sunday after its last', () => {
    const weeks = monthWeeks('2026-12-15');
    assert.equal(weeks.length, 5);
    assert.equal(weeks[0]?.[0], '2026-11-30');
    assert.equal(weeks[4]?.[6], '2027-01-03');
    assert.equal(monthWeeks('2027-02-10').length, 4, 'February 2027 starts on a Monday and has 28 days');
    assert.equal(monthWeeks('2026-08-01').length, 6, 'August 2026 starts on a Saturday');
    assert.deepEqual(viewRange('month', '2026-08-20'), { from: '2026-07-27', to: '2026-09-06' });
  });

  it('given a view, then previous and next move a month or a week, across years', () => {
    assert.equal(shiftView('month', '2026-12-31', 1), '2027-01-01');
    assert.equal(shiftView('month', '2027-01-15', -1), '2026-12-01');
    assert.equal(shiftView('week', '2026-12-31', 1), '2027-01-04');
    assert.deepEqual(viewRange('week', '2026-12-31'), { from: '2026-12-28', to: '2027-01-03' });
  });
});

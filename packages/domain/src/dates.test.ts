import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, dateInMontreal, startOfDayInMontreal, todayInMontreal } from './dates.ts';

describe('today in Montreal', () => {
  it('given 03:30 UTC on 26 November (22:30 the evening before in Montreal), then today is still 25 November', () => {
    assert.equal(todayInMontreal(new Date('2026-11-26T03:30:00Z')), '2026-11-25');
  });
  it('given 05:00 UTC in winter (midnight EST), then the Montreal day has turned', () => {
    assert.equal(todayInMontreal(new Date('2026-11-26T04:59:59Z')), '2026-11-25');
    assert.equal(todayInMontreal(new Date('2026-11-26T05:00:00Z')), '2026-11-26');
  });
  it('given 04:00 UTC in summer (midnight EDT), then the Montreal day has turned', () => {
    assert.equal(todayInMontreal(new Date('2026-07-01T03:59:59Z')), '2026-06-30');
    assert.equal(todayInMontreal(new Date('2026-07-01T04:00:00Z')), '2026-07-01');
  });
  it('given New Year in UTC, then Montreal is still on 31 December of the year before', () => {
    assert.equal(todayInMontreal(new Date('2027-01-01T02:00:00Z')), '2026-12-31');
  });
  it('given the nights the clocks change (8 March and 1 November 2026), then the date follows the local clock', () => {
    // Spring forward: 02:00 EST becomes 03:00 EDT at 07:00Z; the day before still ends at 05:00Z (EST).
    assert.equal(dateInMontreal('2026-03-08T04:59:59Z'), '2026-03-07');
    assert.equal(dateInMontreal('2026-03-08T05:00:00Z'), '2026-03-08');
    assert.equal(dateInMontreal('2026-03-09T03:59:59Z'), '2026-03-08');
    assert.equal(dateInMontreal('2026-03-09T04:00:00Z'), '2026-03-09');
    // Fall back: 02:00 EDT becomes 01:00 EST at 06:00Z; that day began at 04:00Z (EDT) and ends at 05:00Z (EST).
    assert.equal(dateInMontreal('2026-11-01T03:59:59Z'), '2026-10-31');
    assert.equal(dateInMontreal('2026-11-01T04:00:00Z'), '2026-11-01');
    assert.equal(dateInMontreal('2026-11-02T04:59:59Z'), '2026-11-01');
  });
});

describe('start of a Montreal day', () => {
  it('given a winter day, then it begins at 05:00 UTC', () => {
    assert.equal(startOfDayInMontreal('2026-11-26'), '2026-11-26T05:00:00.000Z');
  });
  it('given a summer day, then it begins at 04:00 UTC', () => {
    assert.equal(startOfDayInMontreal('2026-07-01'), '2026-07-01T04:00:00.000Z');
  });
  it('given the days the clocks change, then each begins at its own midnight (EST before spring forward, EDT before fall back)', () => {
    assert.equal(startOfDayInMontreal('2026-03-08'), '2026-03-08T05:00:00.000Z');
    assert.equal(startOfDayInMontreal('2026-03-09'), '2026-03-09T04:00:00.000Z');
    assert.equal(startOfDayInMontreal('2026-11-01'), '2026-11-01T04:00:00.000Z');
    assert.equal(startOfDayInMontreal('2026-11-02'), '2026-11-02T05:00:00.000Z');
  });
  it('given any instant of a day, then the day it falls on starts no later than it', () => {
    for (const at of ['2026-03-08T06:59:59Z', '2026-11-01T05:30:00Z', '2026-11-26T03:30:00Z', '2026-07-01T03:00:00Z']) {
      const day = dateInMontreal(at);
      assert.ok(startOfDayInMontreal(day) <= new Date(at).toISOString(), at);
      assert.ok(startOfDayInMontreal(addDays(day, 1)) > new Date(at).toISOString(), at);
    }
  });
  it('given the first year PostgreSQL stores, then the start stays in year 0001 (no year 0000)', () => {
    assert.ok(startOfDayInMontreal('0001-01-01').startsWith('0001-01-01T'));
  });
});

describe('adding days to a date', () => {
  it('given the end of a month, then the next month begins', () => {
    assert.equal(addDays('2026-11-30', 1), '2026-12-01');
  });
  it('given a leap year, then 28 February is followed by 29 February', () => {
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2027-02-28', 1), '2027-03-01');
  });
  it('given negative days, then the date goes back across the year', () => {
    assert.equal(addDays('2027-01-05', -10), '2026-12-26');
  });
  it('given a day the clocks change, then a day is still one calendar day', () => {
    assert.equal(addDays('2026-03-08', 1), '2026-03-09');
    assert.equal(addDays('2026-11-01', -1), '2026-10-31');
  });
  it('given a fraction of a day, then it is rounded to whole days', () => {
    assert.equal(addDays('2026-11-26', 1.6), '2026-11-28');
    assert.equal(addDays('2026-11-26', -0.4), '2026-11-26');
  });
});

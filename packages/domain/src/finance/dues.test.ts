import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annualDues, type DuesSchedule, duesForYear } from './dues.ts';
import { closeProblem, fiscalYearOf, isInClosedPeriod } from './fiscal-year.ts';

const year = { start: '2027-04-01', end: '2028-03-31' }; // 366 days (February 2028 has 29)

describe('dues by tier', () => {
  const bySize: DuesSchedule = {
    basis: 'size_class',
    bySizeClass: { micro: 15_000, small: 40_000, medium: 90_000 },
    prorate: true,
  };
  const byPayroll: DuesSchedule = {
    basis: 'payroll_band',
    byPayroll: [
      { upToCents: 100_000_000, cents: 20_000 },
      { upToCents: 500_000_000, cents: 60_000 },
      { upToCents: null, cents: 150_000 },
    ],
    prorate: false,
  };
  it('given a small firm, then $400.00; a large firm with no tier, then none', () => {
    assert.equal(annualDues(bySize, { sizeClass: 'small', payrollCents: null }), 40_000);
    assert.equal(annualDues(bySize, { sizeClass: 'large', payrollCents: null }), null);
  });
  it('given a payroll of $2.5M, then the second band ($600.00); $9M, then the open band ($1,500.00)', () => {
    assert.equal(annualDues(byPayroll, { sizeClass: 'medium', payrollCents: 250_000_000 }), 60_000);
    assert.equal(annualDues(byPayroll, { sizeClass: 'medium', payrollCents: 900_000_000 }), 150_000);
  });
});

describe('pro-rated dues', () => {
  it('given $400.00 and a firm that joins on 1 October 2027, then 183 of 366 days: $200.00', () => {
    assert.equal(duesForYear(40_000, { prorate: true }, year, '2027-10-01'), 20_000);
  });
  it('given $150.00 and a firm that joins on 15 January 2028, then 77 of 366 days: 31.557… → $31.56', () => {
    assert.equal(duesForYear(15_000, { prorate: true }, year, '2028-01-15'), 3_156);
  });
  it('given a member since before the year, or a schedule without pro-rating, then the full amount', () => {
    assert.equal(duesForYear(40_000, { prorate: true }, year, '2020-05-01'), 40_000);
    assert.equal(duesForYear(40_000, { prorate: false }, year, '2027-10-01'), 40_000);
  });
});

describe('fiscal years and closed periods', () => {
  it('given a year starting in April, then 15 March 2028 is in 2027-28 (2027-04-01 to 2028-03-31)', () => {
    assert.deepEqual(fiscalYearOf('2028-03-15', 4), { start: '2027-04-01', end: '2028-03-31', label: '2027-28' });
    assert.deepEqual(fiscalYearOf('2027-06-01', 1), { start: '2027-01-01', end: '2027-12-31', label: '2027' });
  });
  it('given books closed through 31 March, then an entry on that day is refused and on 1 April accepted', () => {
    assert.equal(isInClosedPeriod('2027-03-31', '2027-03-31'), true);
    assert.equal(isInClosedPeriod('2027-04-01', '2027-03-31'), false);
  });
  it('given a close date that is not a month end or goes backwards, then it is refused', () => {
    assert.deepEqual(closeProblem('2027-03-30', null), { code: 'not_month_end' });
    assert.deepEqual(closeProblem('2027-02-28', '2027-03-31'), {
      code: 'books_already_closed',
      params: { closedThrough: '2027-03-31' },
    });
    assert.deepEqual(closeProblem('fin', null), { code: 'real_date' });
    assert.equal(closeProblem('2028-02-29', null), null);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onePercentRuleFor, onePercentStatement, paymentCountsOn, trainingWagesCents } from './one-percent.ts';

describe('the 1 % rule by year', () => {
  it('given 2014, then $1,000,000 and 1 %; given 2015 or 2027, then $2,000,000 and 1 %', () => {
    assert.equal(onePercentRuleFor(2014).thresholdCents, 100_000_000);
    assert.equal(onePercentRuleFor(2015).thresholdCents, 200_000_000);
    assert.equal(onePercentRuleFor(2027).ratePpm, 10_000);
  });
});

describe('wages while in training', () => {
  it('given 14 h at $28.50 and 7.5 h at $31.20, then $399.00 + $234.00 = $633.00', () => {
    assert.equal(
      trainingWagesCents([
        { hoursAttended: 14, hourlyWageCents: 2_850 },
        { hoursAttended: 7.5, hourlyWageCents: 3_120 },
      ]),
      63_300,
    );
  });
});

describe('a member’s 1 % statement', () => {
  const spending = {
    paidToMutualCents: 1_200_000,
    notCountedCents: 0,
    notRecognised: [],
    trainingWagesCents: 600_000,
    otherDeclaredCents: 250_000,
  };
  it('given a $3.2M payroll in 2027, then $32,000 owed, $20,500 spent and a $11,500 shortfall', () => {
    const s = onePercentStatement({ year: 2027, payrollCents: 320_000_000, ...spending });
    assert.deepEqual(
      [s.subject, s.obligationCents, s.eligibleCents, s.shortfallCents],
      [true, 3_200_000, 2_050_000, 1_150_000],
    );
  });
  it('given a $1.5M payroll, then not subject in 2016 but subject in 2014 ($15,000 owed, fully spent: no shortfall)', () => {
    assert.equal(onePercentStatement({ year: 2016, payrollCents: 150_000_000, ...spending }).subject, false);
    const s2014 = onePercentStatement({ year: 2014, payrollCents: 150_000_000, ...spending });
    assert.deepEqual([s2014.subject, s2014.obligationCents, s2014.shortfallCents], [true, 1_500_000, 0]);
  });
  it('given exactly $2,000,000 in 2027, then not subject (the law applies above the threshold)', () => {
    assert.equal(onePercentStatement({ year: 2027, payrollCents: 200_000_000, ...spending }).subject, false);
  });
  it('given a mutual never recognised in 2027, then the $12,000 paid to it do not count (s.1) and the shortfall grows by them', () => {
    const notRecognised = [{ from: '2027-01-01', to: '2027-12-31' }];
    const s = onePercentStatement({
      year: 2027,
      payrollCents: 320_000_000,
      ...spending,
      paidToMutualCents: 0,
      notCountedCents: 1_200_000,
      notRecognised,
    });
    assert.deepEqual(
      [s.throughMutualCents, s.notCountedCents, s.shortfallCents, s.notRecognised],
      [0, 1_200_000, 2_350_000, notRecognised],
    );
  });
});

describe('which payments count (s.1)', () => {
  const suspended = [{ from: '2027-04-01', to: '2027-06-14' }];
  it('given a suspension from April 1 to June 14, then a payment on May 10 or on either end does not count; one on March 31 or June 15 does', () => {
    assert.deepEqual(
      ['2027-03-31', '2027-04-01', '2027-05-10', '2027-06-14', '2027-06-15'].map((d) => paymentCountsOn(d, suspended)),
      [true, false, false, false, true],
    );
  });
  it('given no span, then every payment counts', () => {
    assert.equal(paymentCountsOn('2027-05-10', []), true);
  });
});

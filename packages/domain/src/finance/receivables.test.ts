import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ageing,
  ageingBucket,
  cancellationFee,
  cessationLiability,
  DEFAULT_CANCELLATION_POLICY,
} from './receivables.ts';

describe('ageing of receivables', () => {
  it('given invoices 10, 45, 75 and 120 days old, then one in each bucket', () => {
    assert.deepEqual(
      ['2027-05-21', '2027-04-16', '2027-03-17', '2027-01-30'].map((d) => ageingBucket(d, '2027-05-31')),
      ['0-30', '31-60', '61-90', '90+'],
    );
  });
  it('given paid invoices, then they count nowhere', () => {
    assert.deepEqual(
      ageing(
        [
          { issuedOn: '2027-01-01', dueCents: 0 },
          { issuedOn: '2027-05-30', dueCents: 1_000 },
        ],
        '2027-05-31',
      ),
      { '0-30': 1_000, '31-60': 0, '61-90': 0, '90+': 0 },
    );
  });
});

describe('late cancellation and no-show', () => {
  it('given a $450.00 seat withdrawn 12 days before, then free; 3 days before, then a 50 % fee ($225.00); a no-show, then $450.00', () => {
    assert.deepEqual(
      cancellationFee(DEFAULT_CANCELLATION_POLICY, 45_000, {
        kind: 'withdrawal',
        on: '2027-03-01',
        startsOn: '2027-03-13',
      }),
      { outcome: 'free', feeCents: 0 },
    );
    assert.deepEqual(
      cancellationFee(DEFAULT_CANCELLATION_POLICY, 45_000, {
        kind: 'withdrawal',
        on: '2027-03-10',
        startsOn: '2027-03-13',
      }),
      { outcome: 'late', feeCents: 22_500 },
    );
    assert.deepEqual(cancellationFee(DEFAULT_CANCELLATION_POLICY, 45_000, { kind: 'no_show' }), {
      outcome: 'no_show',
      feeCents: 45_000,
    });
  });
});

describe('what a mutual owes the fund if it ceases (s.12)', () => {
  it('given $10,000 received a year ago and $4,000 six months ago, $11,000 spent, at 3 %, then $3,000 unspent (from the newer payment) + 182 days of interest ($44.88)', () => {
    // The oldest payment is spent first: all of the $10,000, then $1,000 of the $4,000.
    // Interest on $3,000 at 3 % for 182/365 days = 90.00 × 182 / 365 = 44.876… → $44.88.
    const owed = cessationLiability(
      [
        { on: '2026-06-01', cents: 1_000_000 },
        { on: '2026-12-01', cents: 400_000 },
      ],
      1_100_000,
      '2027-06-01',
      30_000,
    );
    assert.deepEqual(owed, { principalCents: 300_000, interestCents: 4_488, totalCents: 304_488 });
  });
});

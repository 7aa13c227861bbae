import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allocate, mulDivRound, ppmFromPercent, rateOf, sumCents } from './money.ts';

describe('a rate of an amount', () => {
  it('given $100.00 and QST 9.975 %, then $9.98 (997.5 cents rounds half away from zero)', () => {
    assert.equal(rateOf(10_000, 99_750), 998);
  });
  it('given $123.45 and GST 5 %, then $6.17 (617.25 cents rounds down)', () => {
    assert.equal(rateOf(12_345, 50_000), 617);
  });
  it('given a negative amount (a credit note), then the rounding is the mirror image', () => {
    assert.equal(rateOf(-10_000, 99_750), -998);
  });
  it('given amounts past 2^53 / 1e6, then the product stays exact (BigInt)', () => {
    assert.equal(mulDivRound(9_000_000_000_000, 99_750, 1_000_000), 897_750_000_000);
  });
});

describe('a percentage written by a person', () => {
  it('given "9,975" or "9.975", then 99 750 millionths; "5" is 50 000; text is refused', () => {
    assert.equal(ppmFromPercent('9,975'), 99_750);
    assert.equal(ppmFromPercent('9.975'), 99_750);
    assert.equal(ppmFromPercent('5'), 50_000);
    assert.equal(ppmFromPercent('abc'), null);
  });
});

describe('splitting an amount by the largest remainder', () => {
  it('given $100.00 among 3 equal parts, then 33.34, 33.33, 33.33 (the extra cent to the first)', () => {
    assert.deepEqual(allocate(10_000, [1, 1, 1]), [3334, 3333, 3333]);
  });
  it('given $10.00 in proportion to 2, 3 and 5 seats, then exactly 2.00, 3.00, 5.00', () => {
    assert.deepEqual(allocate(1_000, [2, 3, 5]), [200, 300, 500]);
  });
  it('given $1.00 in proportion to 1, 1, 1, 1, 1, 1 and 1, then 15 cents to the first two and 14 to the others', () => {
    assert.deepEqual(allocate(100, [1, 1, 1, 1, 1, 1, 1]), [15, 15, 14, 14, 14, 14, 14]);
  });
  it('given all-zero weights, then the amount is split equally', () => {
    assert.deepEqual(allocate(5, [0, 0]), [3, 2]);
  });
  it('given any total and any weights, then the parts add up to the total and each is within a cent of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          assert.equal(sumCents(parts), total);
          const sum = weights.reduce((a, b) => a + b, 0);
          const shares = sum === 0 ? weights.map(() => total / weights.length) : weights.map((w) => (total * w) / sum);
          for (const [i, p] of parts.entries())
            assert.ok(Math.abs(p - shares[i]) < 1 + 1e-9, `part ${i}: ${p} vs ${shares[i]}`);
        },
      ),
    );
  });
});

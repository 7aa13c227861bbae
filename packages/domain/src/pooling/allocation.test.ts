import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  capAtStandalone,
  type SessionToShare,
  shareBySeat,
  shareFixedEquallyByFirm,
  shareWithSmallFirmDiscount,
} from './allocation.ts';
import { splitByLargestRemainder } from './order.ts';

const session = (allocations: [string, number][], fixed = 100_00, seat = 10_00): SessionToShare => ({
  fixedCostCents: fixed,
  seatCostCents: seat,
  allocations: allocations.map(([memberId, seats]) => ({ memberId, seats })),
});
const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);

describe('largest remainder', () => {
  it('given 100 cents over three equal weights, gives 34/33/33 and sums exactly', () => {
    assert.deepEqual(splitByLargestRemainder(100, [1, 1, 1]), [34, 33, 33]);
  });
});

describe('per_seat', () => {
  it('given a session of 3 + 6 seats costing 190.00, shares 63.33 and 126.67', () => {
    const s = session([
      ['m1', 3],
      ['m2', 6],
    ]);
    assert.deepEqual(shareBySeat(s), [6_333, 12_667]);
  });
});

describe('fixed_equal_by_firm', () => {
  it('given two firms with 1 and 9 seats, splits the fixed cost equally and the seat cost by seats', () => {
    const s = session([
      ['m1', 1],
      ['m2', 9],
    ]);
    assert.deepEqual(shareFixedEquallyByFirm(s), [50_00 + 10_00, 50_00 + 90_00]);
  });
  it('given one firm with two needs, its half of the fixed cost is split by seats', () => {
    const shares = shareFixedEquallyByFirm(
      session(
        [
          ['m1', 1],
          ['m1', 3],
          ['m2', 2],
        ],
        101,
        0,
      ),
    );
    assert.equal(sum(shares), 101);
    assert.deepEqual(shares, [13, 38, 50]);
  });
});

describe('small_firm_discount', () => {
  it('given a micro firm and a large firm with equal seats, the micro firm pays less and the large firm the difference', () => {
    const s = session([
      ['micro1', 5],
      ['big', 5],
    ]);
    const shares = shareWithSmallFirmDiscount(s, (id) => (id === 'micro1' ? 'micro' : 'large'), 0.25);
    assert.equal(sum(shares), 200_00);
    assert.ok(shares[0] < 100_00 && shares[1] > 100_00);
    assert.deepEqual(shares, [8_571, 11_429]);
  });
  it('given firms of the same size, equals per_seat', () => {
    const s = session([
      ['a', 2],
      ['b', 7],
    ]);
    assert.deepEqual(
      shareWithSmallFirmDiscount(s, () => 'small', 0.3),
      shareBySeat(s),
    );
  });
});

describe('capAtStandalone', () => {
  it('given a member whose share exceeds its standalone cost, caps it and spreads the excess over savers', () => {
    const s = [
      session([
        ['m1', 5],
        ['m2', 5],
      ]),
    ];
    const shares = [shareBySeat(s[0])]; // 100.00 each
    const out = capAtStandalone(s, shares, (id) => (id === 'm1' ? 60_00 : 2_000_00));
    assert.deepEqual(out.shares, [[6_000, 14_000]]);
    assert.deepEqual(out.overStandalone, []);
  });
  it('given the excess can only move along a chain of sessions, moves it there', () => {
    // m1 over in session A (with m2); m2 has no room but shares session B with m3 who saves.
    const sessions = [
      session(
        [
          ['m1', 5],
          ['m2', 5],
        ],
        0,
      ),
      session(
        [
          ['m2', 5],
          ['m3', 5],
        ],
        0,
      ),
    ];
    const shares = sessions.map(shareBySeat); // 50.00 each everywhere
    const out = capAtStandalone(sessions, shares, (id) => ({ m1: 40_00, m2: 100_00, m3: 1_000_00 })[id] ?? 0);
    assert.deepEqual(out.overStandalone, []);
    assert.equal(out.shares[0][0], 40_00);
    assert.equal(sum(out.shares[0]), 100_00);
    assert.equal(sum(out.shares[1]), 100_00);
    assert.equal(out.shares[0][1] + out.shares[1][0], 100_00);
  });
  it('given nobody can absorb the excess, lists the member', () => {
    const s = [session([['m1', 5]])];
    const out = capAtStandalone(s, [shareBySeat(s[0])], () => 10_00);
    assert.deepEqual(out.overStandalone, ['m1']);
    assert.equal(sum(out.shares[0]), 150_00);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sumCents } from './money.ts';
import { marginalSeatShare, NOTHING_CHARGED, rebillAction, sessionCharges } from './session-billing.ts';

const policy = { lateFeePpm: 500_000, noShowFeePpm: 0 };
const price = { fixedCostCents: 120_000, seatCostCents: 5_000 };

describe('a session’s charges by the per-seat rule', () => {
  // Worked by hand: 3 + 2 + 1 = 6 seats; cost = 1,200.00 + 6 × 50.00 = 1,500.00;
  // shares by seats: 750.00, 500.00, 250.00; seat price 250.00; a late cancellation at 50 % = 125.00.
  const charges = sessionCharges(
    price,
    [
      { memberId: 'a', seats: 3, lateCancellations: 0, noShows: 1 },
      { memberId: 'b', seats: 2, lateCancellations: 1, noShows: 0 },
      { memberId: 'c', seats: 1, lateCancellations: 0, noShows: 0 },
    ],
    'per_seat',
    0,
    policy,
  );
  it('given 6 seats at $1,200 + $50 a seat, then a real cost of $1,500.00 split $750, $500, $250', () => {
    assert.equal(charges.costCents, 150_000);
    assert.deepEqual(
      charges.members.map((m) => m.shareCents),
      [75_000, 50_000, 25_000],
    );
  });
  it('given a late cancellation with a 50 % fee on a $250.00 seat, then $125.00; a no-show with no fee, then nothing more', () => {
    assert.equal(charges.seatPriceCents, 25_000);
    assert.equal(charges.members[1].lateFeeCents, 12_500);
    assert.equal(charges.members[0].noShowFeeCents, 0);
  });
});

describe('a session’s charges that do not divide evenly', () => {
  it('given $1,000.00 among 3 firms of one seat each with no seat cost, then $333.34, $333.33, $333.33 (the extra cent by the largest remainder)', () => {
    const c = sessionCharges(
      { fixedCostCents: 100_000, seatCostCents: 0 },
      ['a', 'b', 'c'].map((memberId) => ({ memberId, seats: 1, lateCancellations: 0, noShows: 0 })),
      'per_seat',
      0,
      policy,
    );
    assert.deepEqual(
      c.members.map((m) => m.shareCents),
      [33_334, 33_333, 33_333],
    );
    assert.equal(c.seatPriceCents, 33_333);
  });
  it('given the fixed cost split equally by firm ($1,200 / 2) and seats at $50 (3 and 1), then $750.00 and $650.00', () => {
    const c = sessionCharges(
      price,
      [
        { memberId: 'a', seats: 3, lateCancellations: 0, noShows: 0 },
        { memberId: 'b', seats: 1, lateCancellations: 0, noShows: 0 },
      ],
      'fixed_equal_by_firm',
      0,
      policy,
    );
    assert.deepEqual(
      c.members.map((m) => m.shareCents),
      [75_000, 65_000],
    );
  });
  it('given a 25 % small-firm discount (small firm 2 seats, medium firm 2 seats, $1,400 in all), then weights 1.5 and 2: $600.00 and $800.00', () => {
    const c = sessionCharges(
      price,
      [
        { memberId: 's', sizeClass: 'small', seats: 2, lateCancellations: 0, noShows: 0 },
        { memberId: 'm', sizeClass: 'medium', seats: 2, lateCancellations: 0, noShows: 0 },
      ],
      'small_firm_discount',
      250_000,
      policy,
    );
    assert.equal(c.costCents, 140_000);
    assert.deepEqual(
      c.members.map((m) => m.shareCents),
      [60_000, 80_000],
    );
  });
  it('given a no-show fee of 100 % and a $333.33 seat, then $333.33 per no-show', () => {
    const c = sessionCharges(
      { fixedCostCents: 100_000, seatCostCents: 0 },
      [
        { memberId: 'a', seats: 2, lateCancellations: 0, noShows: 1 },
        { memberId: 'b', seats: 1, lateCancellations: 0, noShows: 0 },
      ],
      'per_seat',
      0,
      { lateFeePpm: 0, noShowFeePpm: 1_000_000 },
    );
    assert.equal(c.members[0].noShowFeeCents, 33_333);
  });
  it('given any seats and prices, then the shares add up to the real cost to the cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 1, maxLength: 10 }),
        fc.constantFrom('per_seat', 'fixed_equal_by_firm', 'small_firm_discount' as const),
        (fixed, seat, seats, rule) => {
          const members = seats.map((s, i) => ({
            memberId: `m${i}`,
            sizeClass: i % 2 ? ('small' as const) : ('large' as const),
            seats: s,
            lateCancellations: 0,
            noShows: 0,
          }));
          const c = sessionCharges({ fixedCostCents: fixed, seatCostCents: seat }, members, rule, 250_000, policy);
          if (c.seats > 0) assert.equal(sumCents(c.members.map((m) => m.shareCents)), c.costCents);
          else assert.equal(sumCents(c.members.map((m) => m.shareCents)), 0);
        },
      ),
    );
  });
});

describe('re-invoicing a session', () => {
  const target = { shareCents: 50_000, lateFeeCents: 0, noShowFeeCents: 0 };
  it('given nothing invoiced yet, then invoice only', () => {
    assert.deepEqual(rebillAction(NOTHING_CHARGED, target), { credit: false, invoice: true });
  });
  it('given the same amounts invoiced, then nothing', () => {
    assert.deepEqual(rebillAction(target, target), { credit: false, invoice: false });
  });
  it('given another amount invoiced, then credit it in full and invoice the new one', () => {
    assert.deepEqual(rebillAction({ ...target, shareCents: 60_000 }, target), { credit: true, invoice: true });
  });
  it('given a cancelled session (nothing owed), then credit only', () => {
    assert.deepEqual(rebillAction(target, NOTHING_CHARGED), { credit: true, invoice: false });
  });
});

describe('the expected cost of one more seat', () => {
  it('given 4 seats held by others at $1,200 + $50 a seat, then a fifth seat costs the firm 1/5 of $1,450.00 = $290.00', () => {
    const others = [{ memberId: 'b', seats: 4, lateCancellations: 0, noShows: 0 }];
    assert.equal(marginalSeatShare(price, others, { memberId: 'a' }, 'per_seat', 0), 29_000);
  });
  it('given the firm holds 1 of 5 seats ($290.00), then its second seat costs $1,500 × 2/6 − $290 = $210.00', () => {
    const members = [
      { memberId: 'a', seats: 1, lateCancellations: 0, noShows: 0 },
      { memberId: 'b', seats: 4, lateCancellations: 0, noShows: 0 },
    ];
    assert.equal(marginalSeatShare(price, members, { memberId: 'a' }, 'per_seat', 0), 21_000);
  });
});

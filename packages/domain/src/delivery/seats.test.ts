import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { goNoGoStatus } from './lifecycle.ts';
import { firmSeatsOf, seatSummary } from './seats.ts';

describe('the seat picture of a session', () => {
  it('given a session a plan just created (seats reserved, nobody named), then reserved and confirmed are told apart and the minimum counts the reserved seats', () => {
    const s = seatSummary({
      seatsMin: 6,
      seatsMax: 20,
      firms: firmSeatsOf({ reservedByMember: { a: 4, b: 4 }, confirmedByMember: {} }),
    });
    assert.equal(s.reserved, 8);
    assert.equal(s.confirmed, 0);
    assert.equal(s.unnamed, 8);
    assert.equal(s.held, 8);
    assert.equal(s.free, 12);
    assert.equal(s.firms, 2);
    assert.equal(s.minimumMet, true);
    // the go/no-go rule reads the same count
    assert.equal(
      goNoGoStatus({
        state: 'proposed',
        goNoGoDate: '2027-01-01',
        today: '2027-01-02',
        seatsCommitted: s.held,
        seatsMin: 6,
        distinctFirms: s.firms,
        minFirms: 2,
      }),
      'go',
    );
  });

  it('given a firm with more people confirmed than it reserved, then it holds its people; waitlisted people hold nothing', () => {
    const s = seatSummary({
      seatsMin: 5,
      seatsMax: 6,
      firms: firmSeatsOf({
        reservedByMember: { a: 2, b: 1 },
        confirmedByMember: { a: 3 },
        waitlistedByMember: { c: 2 },
      }),
    });
    assert.deepEqual(
      {
        reserved: s.reserved,
        confirmed: s.confirmed,
        waitlisted: s.waitlisted,
        unnamed: s.unnamed,
        held: s.held,
        free: s.free,
        firms: s.firms,
        minimumMet: s.minimumMet,
      },
      { reserved: 3, confirmed: 3, waitlisted: 2, unnamed: 1, held: 4, free: 2, firms: 2, minimumMet: false },
    );
    assert.deepEqual(
      s.byFirm.find((f) => f.memberId === 'c'),
      { memberId: 'c', reserved: 0, confirmed: 0, waitlisted: 2 },
    );
  });

  it('given firms holding more than the maximum, then no seat is free (never negative)', () => {
    assert.equal(
      seatSummary({ seatsMin: 1, seatsMax: 2, firms: [{ memberId: 'a', reserved: 3, confirmed: 0, waitlisted: 0 }] })
        .free,
      0,
    );
  });
});

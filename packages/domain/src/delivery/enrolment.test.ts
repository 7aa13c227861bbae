import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  decideEnrolment,
  decideEnrolments,
  isNoShow,
  leaveKind,
  promotions,
  reorderWaitlist,
  type SeatPicture,
  seatsAvailableFor,
  withdrawalDeadline,
} from './enrolment.ts';

const picture = (over: Partial<SeatPicture> = {}): SeatPicture => ({
  seatsMax: 10,
  confirmedByMember: {},
  reservedByMember: {},
  reservationsReleased: false,
  ...over,
});

describe('seats and reservations', () => {
  it('given free seats and no reservations, then a member gets a seat', () => {
    assert.equal(decideEnrolment(picture(), 'a'), 'confirmed');
  });
  it('given a full session, then the enrolment is waitlisted', () => {
    assert.equal(decideEnrolment(picture({ confirmedByMember: { a: 6, b: 4 } }), 'c'), 'waitlisted');
  });
  it("given the free seats are held by another firm's reservation, then waitlisted", () => {
    const p = picture({ confirmedByMember: { a: 4 }, reservedByMember: { a: 4, b: 6 } });
    assert.equal(seatsAvailableFor(p, 'a'), 0);
    assert.equal(seatsAvailableFor(p, 'b'), 6);
  });
  it('given reservations released after go/no-go, then anyone takes the free seats', () => {
    const p = picture({ confirmedByMember: { a: 4 }, reservedByMember: { b: 6 }, reservationsReleased: true });
    assert.equal(seatsAvailableFor(p, 'a'), 6);
  });
});

describe('waitlist promotion', () => {
  it('given two free seats, then the first two in arrival order are promoted', () => {
    const p = picture({ confirmedByMember: { a: 8 } });
    const out = promotions(p, [
      { id: 'w3', memberId: 'b', position: 3 },
      { id: 'w1', memberId: 'a', position: 1 },
      { id: 'w2', memberId: 'c', position: 2 },
    ]);
    assert.deepEqual(
      out.map((e) => e.id),
      ['w1', 'w2'],
    );
  });
  it("given the free seat is reserved for firm b, then b's person is promoted before an earlier a", () => {
    const p = picture({ confirmedByMember: { a: 9 }, reservedByMember: { b: 1 } });
    const out = promotions(p, [
      { id: 'w1', memberId: 'a', position: 1 },
      { id: 'w2', memberId: 'b', position: 2 },
    ]);
    assert.deepEqual(
      out.map((e) => e.id),
      ['w2'],
    );
  });
});

describe('withdrawal deadline', () => {
  it('given a 10-day deadline, then the deadline is 10 days before the first day', () => {
    assert.equal(withdrawalDeadline('2027-03-01', 10), '2027-02-19');
  });
  it('given today on the deadline, then it is a free withdrawal', () => {
    assert.equal(leaveKind('2027-02-19', '2027-03-01', 10), 'withdrawn');
  });
  it('given today after the deadline, then it is a late cancellation', () => {
    assert.equal(leaveKind('2027-02-20', '2027-03-01', 10), 'late_cancelled');
  });
  it('given absent on every meeting day, then a no-show; present once, not', () => {
    assert.equal(isNoShow([{ present: false }, { present: false }], 2), true);
    assert.equal(isNoShow([{ present: false }, { present: true }], 2), false);
    assert.equal(isNoShow([{ present: false }], 2), false);
  });
});

describe('enrolling several people at once, and a waitlist reordered by hand', () => {
  const picture = {
    seatsMax: 4,
    confirmedByMember: { a: 1 },
    reservedByMember: { a: 2, b: 1 },
    reservationsReleased: false,
  };
  it('given 3 seats left (1 of A, 1 of B, 1 free), when A enrols three people, then two are confirmed and the third waits', () => {
    assert.deepEqual(decideEnrolments(picture, ['a', 'a', 'a']), ['confirmed', 'confirmed', 'waitlisted']);
    assert.deepEqual(decideEnrolments(picture, ['b', 'b', 'a', 'a']), [
      'confirmed',
      'confirmed',
      'confirmed',
      'waitlisted',
    ]);
  });
  const waitlist = [
    { id: 'x', memberId: 'a', position: 10 },
    { id: 'y', memberId: 'a', position: 12 },
    { id: 'z', memberId: 'b', position: 15 },
  ];
  it('given a new order naming everyone once, then the arrival positions are handed out again in that order', () => {
    assert.deepEqual(reorderWaitlist(waitlist, ['z', 'x', 'y']), {
      ok: true,
      moves: [
        { id: 'z', position: 10 },
        { id: 'x', position: 12 },
        { id: 'y', position: 15 },
      ],
    });
    assert.deepEqual(reorderWaitlist(waitlist, ['x', 'y', 'z']), { ok: true, moves: [] });
  });
  it('given an order that forgets, repeats or invents someone, then it is refused naming them', () => {
    assert.deepEqual(reorderWaitlist(waitlist, ['z', 'x']), { ok: false, problem: 'missing', id: 'y' });
    assert.deepEqual(reorderWaitlist(waitlist, ['z', 'x', 'x']), { ok: false, problem: 'duplicate', id: 'x' });
    assert.deepEqual(reorderWaitlist(waitlist, ['z', 'x', 'q']), { ok: false, problem: 'unknown', id: 'q' });
  });
});

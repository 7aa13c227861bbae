import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideEnrolment, isNoShow, leaveKind, promotions, type SeatPicture, seatsAvailableFor, withdrawalDeadline } from './enrolment.ts';

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
    assert.deepEqual(out.map((e) => e.id), ['w1', 'w2']);
  });
  it("given the free seat is reserved for firm b, then b's person is promoted before an earlier a", () => {
    const p = picture({ confirmedByMember: { a: 9 }, reservedByMember: { b: 1 } });
    const out = promotions(p, [
      { id: 'w1', memberId: 'a', position: 1 },
      { id: 'w2', memberId: 'b', position: 2 },
    ]);
    assert.deepEqual(out.map((e) => e.id), ['w2']);
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

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutReservation, type ReservationRow, reservationFit, scaledCents } from './reservation.ts';

const picture = (
  confirmedByMember: Record<string, number>,
  reservedByMember: Record<string, number>,
  seatsMax = 10,
) => ({ seatsMax, confirmedByMember, reservedByMember });

describe('how many seats a firm may reserve', () => {
  it('given other firms holding 6 of 10 seats, when a firm asks for 4, then it fits; for 5, then it does not and 4 is the room', () => {
    const p = picture({ b: 2 }, { b: 3, c: 3 });
    assert.deepEqual(reservationFit(p, 'a', 4), { fits: true, room: 4 });
    assert.deepEqual(reservationFit(p, 'a', 5), { fits: false, room: 4 });
  });
  it('given a firm with more confirmed participants than its reservation, then it holds its participants', () => {
    // b reserved 2 but has 5 confirmed: it holds 5, so a may hold 5.
    const p = picture({ b: 5 }, { b: 2 });
    assert.deepEqual(reservationFit(p, 'a', 6), { fits: false, room: 5 });
    assert.equal(reservationFit(p, 'a', 5).fits, true);
  });
  it("given the firm's own confirmed participants, then a smaller reservation still holds them (removing it frees nothing below them)", () => {
    const p = picture({ a: 4 }, { a: 6, b: 6 });
    assert.equal(reservationFit(p, 'a', 0).fits, true, 'a holds its 4 participants, b its 6: 10 of 10');
    assert.equal(
      reservationFit(picture({ a: 5 }, { b: 6 }), 'a', 0).fits,
      false,
      'a already holds 5 and b 6: more than 10',
    );
  });
  it('given the other firms already over the maximum, then the room is 0, never negative', () => {
    assert.deepEqual(reservationFit(picture({}, { b: 12 }), 'a', 1), { fits: false, room: 0 });
  });
  it("given the firm's previous reservation, then it does not count against its new one", () => {
    assert.equal(reservationFit(picture({}, { a: 8, b: 2 }), 'a', 8).fits, true);
  });
});

describe('cutting a reservation to fewer seats', () => {
  const rows: ReservationRow[] = [
    { id: 'hand', seats: 2, shareCents: 0, standaloneCents: 0 },
    { id: 'pooled-new', seats: 3, shareCents: 30_000, standaloneCents: 45_000 },
    { id: 'pooled-old', seats: 4, shareCents: 40_000, standaloneCents: 60_000 },
  ];
  it('given rows by hand first, when 1 seat goes, then the row by hand loses it and the pooled rows are untouched', () => {
    assert.deepEqual(cutReservation(rows, 1), [
      { id: 'hand', delete: false, seats: 1, shareCents: 0, standaloneCents: 0 },
    ]);
  });
  it('given 4 seats to remove, then the row by hand is deleted and the newest pooled row keeps its per-seat share on 1 seat', () => {
    assert.deepEqual(cutReservation(rows, 4), [
      { id: 'hand', delete: true },
      { id: 'pooled-new', delete: false, seats: 1, shareCents: 10_000, standaloneCents: 15_000 },
    ]);
  });
  it('given every seat to remove, then every row is deleted', () => {
    assert.deepEqual(
      cutReservation(rows, 9).map((c) => [c.id, c.delete]),
      [
        ['hand', true],
        ['pooled-new', true],
        ['pooled-old', true],
      ],
    );
  });
  it('given nothing to remove, then no row changes', () => {
    assert.deepEqual(cutReservation(rows, 0), []);
  });
  it('given a share that does not divide evenly, then the per-seat amount is rounded to the cent', () => {
    assert.equal(scaledCents(10_000, 3, 2), 6_667);
    assert.equal(scaledCents(10_000, 3, 1), 3_333);
  });
});

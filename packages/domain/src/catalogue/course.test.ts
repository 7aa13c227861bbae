import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedFields, compareQuoteAnswers, courseTermIssues, sessionCostCents } from './course.ts';

const terms = {
  mode: 'in_person' as const,
  regions: ['14'],
  periods: ['2027-02'],
  fixedCostCents: 180_000,
  seatCostCents: 9_000,
  minSeats: 6,
  maxSeats: 12,
  maxSessionsPerPeriod: 2,
  durationHours: 7,
};

describe('course terms', () => {
  it('given sound terms, then there is no issue', () => {
    assert.deepEqual(courseTermIssues(terms), []);
  });
  it('given min seats above max seats, then maxSeats is named', () => {
    assert.deepEqual(
      courseTermIssues({ ...terms, minSeats: 13 }).map((i) => i.field),
      ['maxSeats'],
    );
  });
  it('given an in-person course without regions, then regions is named; a virtual one needs none', () => {
    assert.deepEqual(
      courseTermIssues({ ...terms, regions: [] }).map((i) => i.field),
      ['regions'],
    );
    assert.deepEqual(courseTermIssues({ ...terms, mode: 'virtual', regions: [] }), []);
  });
  it('given a session of 9 seats, then it costs fixed + 9 × seat cost', () => {
    assert.equal(sessionCostCents(terms, 9), 261_000);
  });
});

describe('comparing quote answers', () => {
  it('given two answers, when the demand is 10 seats, then the cheaper per seat comes first', () => {
    const compared = compareQuoteAnswers(
      [
        { id: 'a', fixedCostCents: 200_000, seatCostCents: 5_000, minSeats: 5, maxSeats: 12 },
        { id: 'b', fixedCostCents: 100_000, seatCostCents: 10_000, minSeats: 5, maxSeats: 12 },
      ],
      10,
    );
    // a: 2000 + 500 = 2500 $; b: 1000 + 1000 = 2000 $
    assert.deepEqual(
      compared.map((c) => [c.id, c.totalCents, c.perSeatCents]),
      [
        ['b', 200_000, 20_000],
        ['a', 250_000, 25_000],
      ],
    );
  });
  it('given a demand below an answer minimum, then that answer serves nothing and comes last', () => {
    const compared = compareQuoteAnswers(
      [
        { id: 'big', fixedCostCents: 0, seatCostCents: 1, minSeats: 20, maxSeats: 30 },
        { id: 'small', fixedCostCents: 100_000, seatCostCents: 0, minSeats: 2, maxSeats: 10 },
      ],
      8,
    );
    assert.deepEqual(
      compared.map((c) => [c.id, c.meetsMinimum]),
      [
        ['small', true],
        ['big', false],
      ],
    );
  });
  it('given a demand above the maximum, then it is split into balanced sessions', () => {
    const [c] = compareQuoteAnswers(
      [{ id: 'a', fixedCostCents: 100_000, seatCostCents: 1_000, minSeats: 6, maxSeats: 10 }],
      11,
    );
    // two sessions of 6 and 5 → the 5 pays for 6: 2×1000 + (6+6)×10
    assert.equal(c.totalCents, 212_000);
  });
});

describe('revision diff', () => {
  it('given a proposal that changes only the price, then only that field is listed', () => {
    assert.deepEqual(changedFields({ a: 1, regions: ['14'] }, { a: 2, regions: ['14'] }), ['a']);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Offer } from './problem.ts';
import { standaloneCostCents } from './standalone.ts';

const offer = (fixed: number, seat: number, min: number, max: number): Offer => ({
  id: 'o',
  providerId: 'p',
  topic: 't',
  language: 'fr',
  mode: 'virtual',
  regions: [],
  periods: ['p'],
  fixedCostCents: fixed,
  seatCostCents: seat,
  minSeats: min,
  maxSeats: max,
  maxSessions: 1,
});

describe('standalone cost', () => {
  it('given 3 seats and a minimum of 6, pays for 6 seats (the spec example: 1800 + 90 × 6 = 2340)', () => {
    assert.equal(standaloneCostCents([offer(1800_00, 90_00, 6, 12)], 3), 2340_00);
  });
  it('given more seats than maxSeats, splits into several private sessions', () => {
    assert.equal(standaloneCostCents([offer(100_00, 10_00, 1, 4)], 5), 2 * 100_00 + 5 * 10_00);
  });
  it('given two offers, takes the cheapest way, mixing them if that is cheaper', () => {
    const cost = standaloneCostCents([offer(100_00, 10_00, 1, 4), offer(20_00, 50_00, 1, 1)], 5);
    assert.equal(cost, 100_00 + 4 * 10_00 + 20_00 + 50_00);
  });
  it('given no seats, costs nothing', () => {
    assert.equal(standaloneCostCents([], 0), 0);
  });
});

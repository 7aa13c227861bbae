// Standalone cost: what a member would pay buying private sessions for its own seats.
import type { Offer } from './problem.ts';

/**
 * Cheapest cost in cents of `seats` seats bought alone from any of `offers`: each private session
 * holds at most maxSeats seats and costs fixedCost + seatCost × max(seats, minSeats). 0 for 0 seats;
 * Infinity when there is no offer.
 */
export function standaloneCostCents(offers: readonly Offer[], seats: number): number {
  if (seats <= 0) return 0;
  if (offers.length === 0) return Number.POSITIVE_INFINITY;
  // best[t] = cheapest way to buy exactly t seats with private sessions (sessions may mix offers)
  const best = new Array<number>(seats + 1).fill(Number.POSITIVE_INFINITY);
  best[0] = 0;
  for (let t = 1; t <= seats; t++) {
    for (const o of offers) {
      // best[] never decreases with seats, so a session below minSeats is best filled to min(t, minSeats)
      const top = Math.min(t, o.maxSeats);
      for (let q = Math.min(t, o.minSeats); q <= top; q++) {
        const c = best[t - q] + o.fixedCostCents + o.seatCostCents * Math.max(q, o.minSeats);
        if (c < best[t]) best[t] = c;
      }
    }
  }
  return best[seats];
}

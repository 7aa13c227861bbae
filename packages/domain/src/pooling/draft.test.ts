import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { firmIncidences, splitSlotAmongFirms } from './draft.ts';

describe('splitSlotAmongFirms', () => {
  it('given firms A (5 seats), B (1) and C (1) in 2 sessions, puts A in both and B and C one each: 2 firms per session', () => {
    const firm = (n: number) => ['A', 'A', 'B', 'C'][n];
    const sessions = splitSlotAmongFirms(
      7,
      2,
      [
        { need: 0, seats: 3 },
        { need: 1, seats: 2 },
        { need: 2, seats: 1 },
        { need: 3, seats: 1 },
      ],
      firm,
    );
    assert.equal(sessions.length, 2);
    for (const s of sessions) {
      assert.equal(s.slot, 7);
      assert.ok(new Set(s.allocations.map((a) => firm(a.need))).size >= 2);
    }
    assert.deepEqual(sessions.map((s) => s.allocations.reduce((t, a) => t + a.seats, 0)).sort(), [3, 4]);
  });

  it('property: when min·count ≤ seats ≤ max·count and the firm incidences reach K·count, every session holds min..max seats and K firms, and every seat is placed once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ firm: fc.integer({ min: 0, max: 5 }), seats: fc.integer({ min: 1, max: 9 }) }), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 3 }),
        (list, count, min, extra, k) => {
          const allocations = list.map((l, i) => ({ need: i, seats: l.seats }));
          const firmOf = (n: number) => `f${list[n].firm}`;
          const total = allocations.reduce((t, a) => t + a.seats, 0);
          const max = min + extra;
          fc.pre(
            min * count <= total && total <= max * count && firmIncidences(allocations, firmOf, count) >= k * count,
          );
          const sessions = splitSlotAmongFirms(0, count, allocations, firmOf);
          assert.equal(sessions.length, count);
          const placed = new Map<number, number>();
          for (const s of sessions) {
            const seats = s.allocations.reduce((t, a) => t + a.seats, 0);
            assert.ok(seats >= min && seats <= max, `session of ${seats} seats outside ${min}..${max}`);
            assert.ok(new Set(s.allocations.map((a) => firmOf(a.need))).size >= k);
            for (const a of s.allocations) placed.set(a.need, (placed.get(a.need) ?? 0) + a.seats);
          }
          for (const a of allocations) assert.equal(placed.get(a.need), a.seats);
        },
      ),
      { numRuns: 500, seed: 16 },
    );
  });
});

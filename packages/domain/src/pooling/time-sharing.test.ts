import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quickMilpMs, roundPriority, skipsCore } from './time-sharing.ts';

const MAX = 80_000;

describe('roundPriority', () => {
  it('given a small component with a $9,000 gap and a 64,000-nonzero one with $30,000, picks the small one first', () => {
    const small = roundPriority({ gapCents: 900_000, spentMs: 0, nonzeros: 3_500 }, MAX);
    const large = roundPriority({ gapCents: 3_000_000, spentMs: 0, nonzeros: 64_000 }, MAX);
    assert.ok(small > large);
  });

  it('given two components of the same size, picks the larger gap, then the one less worked on', () => {
    assert.ok(
      roundPriority({ gapCents: 200, spentMs: 0, nonzeros: 1000 }, MAX) >
        roundPriority({ gapCents: 100, spentMs: 0, nonzeros: 1000 }, MAX),
    );
    assert.ok(
      roundPriority({ gapCents: 100, spentMs: 0, nonzeros: 1000 }, MAX) >
        roundPriority({ gapCents: 100, spentMs: 5000, nonzeros: 1000 }, MAX),
    );
  });

  it('given a component far too large for one MILP, weighs it as one MILP of the largest size (it is worked on by cores and neighbourhoods)', () => {
    assert.equal(
      roundPriority({ gapCents: 5_000_000, spentMs: 0, nonzeros: 800_000 }, MAX),
      roundPriority({ gapCents: 5_000_000, spentMs: 0, nonzeros: MAX }, MAX),
    );
  });
});

describe('skipsCore and quickMilpMs', () => {
  it('given a component of 5,000 nonzeros, it gets its whole MILP; one of 20,000 or above the MILP limit does not', () => {
    assert.equal(skipsCore(5_000, MAX), true);
    assert.equal(skipsCore(20_000, MAX), false);
    assert.equal(skipsCore(5_000, 4_000), false);
  });

  it('given a 5,500-nonzero component and a 1 s slice, its MILP gets the 2.2 s its size needs; then twice its last time; never more than the time left', () => {
    assert.equal(quickMilpMs({ lastMilpMs: 0, sliceMs: 1000, nonzeros: 5_500, leftMs: 10_000 }), 2200);
    assert.equal(quickMilpMs({ lastMilpMs: 2200, sliceMs: 1000, nonzeros: 5_500, leftMs: 10_000 }), 4400);
    assert.equal(quickMilpMs({ lastMilpMs: 2200, sliceMs: 1000, nonzeros: 5_500, leftMs: 3_000 }), 3000);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  expectedMilpMs,
  firstCoreLevel,
  firstCoreMs,
  quickMilpMs,
  roundPriority,
  skipsCore,
  solvingDeadlines,
} from './time-sharing.ts';

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

describe('firstCoreLevel and expectedMilpMs', () => {
  it('given a component whose MILP fits and a $100 core of 6,000 nonzeros, it starts from the $100 core', () => {
    assert.equal(firstCoreLevel({ exact: true, widerCoreNonzeros: 6_000 }), 1);
  });

  it('given a $100 core of 11,400 nonzeros, or a component too large for one MILP, it starts from the $0 core', () => {
    assert.equal(firstCoreLevel({ exact: true, widerCoreNonzeros: 11_400 }), 0);
    assert.equal(firstCoreLevel({ exact: false, widerCoreNonzeros: 6_000 }), 0);
  });

  it('given 5,538 nonzeros (first-aid of case b), a MILP is expected to need about 2.2 s', () => {
    assert.equal(Math.round(expectedMilpMs(5_538)), 2215);
  });
});

describe('solvingDeadlines', () => {
  it('given 20 s, solves until 18.8 s and interrupts HiGHS at 19.4 s (1.2 s to write the plan, not 3 s)', () => {
    assert.deepEqual(solvingDeadlines(20_000), { finalMs: 18_800, hardMs: 19_400 });
  });

  it('given 120 s, keeps 6 % (7.2 s); given 10 s, at least 1 s; given 0.4 s, 15 % of it', () => {
    assert.deepEqual(solvingDeadlines(120_000), { finalMs: 112_800, hardMs: 116_400 });
    assert.deepEqual(solvingDeadlines(10_000), { finalMs: 9_000, hardMs: 9_500 });
    const short = solvingDeadlines(400);
    assert.ok(Math.abs(short.finalMs - 340) < 1e-9 && Math.abs(short.hardMs - 370) < 1e-9);
  });
});

describe('firstCoreMs', () => {
  const slice = { sliceMs: 2_400, leftMs: 8_000, long: false };
  it('given a component whose MILP fits and a 6,000-nonzero core, its first core gets 4.8 s (twice 2.4 s) rather than its 2.4 s slice', () => {
    assert.equal(Math.round(firstCoreMs({ ...slice, coreNonzeros: 6_000, exact: true })), 4800);
  });

  it('given a 1 s slice, that floor stops at twice the slice; given a core over 10,000 nonzeros, there is none', () => {
    assert.equal(firstCoreMs({ ...slice, sliceMs: 1_000, coreNonzeros: 6_000, exact: true }), 2000);
    assert.equal(firstCoreMs({ ...slice, coreNonzeros: 12_000, exact: true }), 2400);
  });

  it('given a component too large for one MILP, its first core gets its slice, or 35 % of the time left when long; never more than the time left', () => {
    assert.equal(firstCoreMs({ ...slice, coreNonzeros: 6_000, exact: false }), 2400);
    assert.equal(firstCoreMs({ ...slice, leftMs: 10_000, coreNonzeros: 50_000, exact: false, long: true }), 3500);
    assert.equal(firstCoreMs({ ...slice, leftMs: 3_000, coreNonzeros: 9_000, exact: true }), 3000);
  });
});

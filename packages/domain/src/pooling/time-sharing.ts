// How the engine's rounds share the time left between open components (solve-pooling.ts):
// which component gets the next slice, and which components skip the Lagrangian core.

/** A component up to this many nonzeros skips the core: HiGHS usually proves its whole MILP in a second or two. */
export const QUICK_MILP_NONZEROS = 10_000;

/** Rough CPU time (ms) a MILP needs per nonzero of its model to find a good plan: 0.4 s for 1,000 nonzeros. */
export const EXPECTED_MS_PER_NONZERO = 0.4;

export interface RoundCandidate {
  /** objective minus proven bound, in cents */
  gapCents: number;
  /** time already spent on it in the rounds (ms) */
  spentMs: number;
  /** nonzeros of its whole model */
  nonzeros: number;
}

/**
 * Gap per second of expected work: the gap over the time already spent on the component plus the
 * time one MILP of it may need (its size, at most maxMilpNonzeros: a larger component is worked on
 * through cores and neighbourhoods of about that size). So a small component whose MILP closes its
 * gap in a second comes before a large one with a larger gap that needs many seconds.
 */
export function roundPriority(c: RoundCandidate, maxMilpNonzeros: number): number {
  return c.gapCents / (1000 + c.spentMs + Math.min(c.nonzeros, maxMilpNonzeros) * EXPECTED_MS_PER_NONZERO);
}

/** Whether a component small enough for one MILP gets its whole MILP straight away (no core). */
export function skipsCore(nonzeros: number, maxMilpNonzeros: number): boolean {
  return nonzeros <= Math.min(QUICK_MILP_NONZEROS, maxMilpNonzeros);
}

/** Time (ms) for the whole MILP of a component that skips the core: twice its last MILP's, the round's slice, or what its size needs, whichever is longest, within the time left. */
export function quickMilpMs(c: { lastMilpMs: number; sliceMs: number; nonzeros: number; leftMs: number }): number {
  return Math.min(c.leftMs, Math.max(1000, 2 * c.lastMilpMs, c.sliceMs, c.nonzeros * EXPECTED_MS_PER_NONZERO));
}

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

/** Rough CPU time (ms) one MILP of this many nonzeros needs to find a good plan. */
export function expectedMilpMs(nonzeros: number): number {
  return nonzeros * EXPECTED_MS_PER_NONZERO;
}

/**
 * The core a component starts from, as an index into the engine's core thresholds ($0, $100, $500 of least Lagrangian
 * cost), given the size of its $100 core: $100 for a component whose whole MILP fits and whose $100 core is still a
 * quick MILP (up to QUICK_MILP_NONZEROS), where the core is only a quicker way to a good plan and the wider one holds
 * more of the good slots (whmis of case b: 13,806,500 ¢ in 2.6 s from its $100 core of 6,000 nonzeros, 13,935,500 ¢ in
 * 3.1 s from its $0 core); $0 otherwise, where the core must stay small for HiGHS to find anything.
 */
export function firstCoreLevel(c: { exact: boolean; widerCoreNonzeros: number }): number {
  return c.exact && c.widerCoreNonzeros <= QUICK_MILP_NONZEROS ? 1 : 0;
}

/**
 * Time (ms) for a component's first core MILP: the round's slice; for a component whose whole MILP fits and whose
 * core is a quick MILP (up to QUICK_MILP_NONZEROS), twice what the core's size needs, up to twice the slice, since a
 * core MILP stopped before its better plans gives nothing (whmis of case b: its $100 core of 6,000 nonzeros, with a
 * 2.4 s slice, found 13,806,500 ¢ at 2.6 s and 13,725,000 ¢ at 4.6 s); for a long first core (a component too large
 * for one MILP, a core up to the long-core size) 35 % of the time left. Within the time left.
 */
export function firstCoreMs(c: {
  sliceMs: number;
  leftMs: number;
  coreNonzeros: number;
  exact: boolean;
  long: boolean;
}): number {
  const quickCore = c.exact && c.coreNonzeros <= QUICK_MILP_NONZEROS;
  const floor = quickCore ? Math.min(2 * c.sliceMs, 2 * expectedMilpMs(c.coreNonzeros)) : 0;
  return Math.min(c.leftMs, Math.max(c.sliceMs, floor, c.long ? c.leftMs * 0.35 : 0));
}

/** Whether a component small enough for one MILP gets its whole MILP straight away (no core). */
export function skipsCore(nonzeros: number, maxMilpNonzeros: number): boolean {
  return nonzeros <= Math.min(QUICK_MILP_NONZEROS, maxMilpNonzeros);
}

/** Time (ms) for the whole MILP of a component that skips the core: twice its last MILP's, the round's slice, or what its size needs, whichever is longest, within the time left. */
export function quickMilpMs(c: { lastMilpMs: number; sliceMs: number; nonzeros: number; leftMs: number }): number {
  return Math.min(c.leftMs, Math.max(1000, 2 * c.lastMilpMs, c.sliceMs, expectedMilpMs(c.nonzeros)));
}

/**
 * When the engine stops solving (finalMs) and when it interrupts HiGHS even if its own clock lags (hardMs), in ms
 * after the start, for a run of limitMs: the rest is left to share costs and write the plan, which takes well under a
 * second on 3,000 needs and about one on 20,000. So 6 % of the limit is kept, and at least 1 s (or 15 % of a very
 * short limit); HiGHS is interrupted at half that margin.
 */
export function solvingDeadlines(limitMs: number): { finalMs: number; hardMs: number } {
  const margin = Math.max(limitMs * 0.06, Math.min(1000, limitMs * 0.15));
  return { finalMs: limitMs - margin, hardMs: limitMs - margin / 2 };
}

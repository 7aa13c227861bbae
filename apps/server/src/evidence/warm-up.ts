import { warmUpEffects } from '@mutualis/domain/impact/employee-effects';

/**
 * Runs the evidence engine once on a small made-up cohort a few seconds after the start, so that the
 * first dashboard a user opens does not also pay for compiling the engine (about half its time).
 */
export function startEvidenceWarmUp(): { stop(): Promise<void> } {
  const timer = setTimeout(() => {
    try {
      warmUpEffects();
    } catch (error) {
      console.error('evidence: the warm-up failed', error);
    }
  }, 3000);
  timer.unref();
  return { stop: async () => clearTimeout(timer) };
}

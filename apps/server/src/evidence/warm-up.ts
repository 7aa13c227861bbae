import { warmUpDashboard } from '@mutualis/domain/impact/dashboard';

/**
 * Runs the whole evidence dashboard once on a made-up mutual of 2,400 employees a few seconds after
 * the start (about 0.3 s of CPU), so that the first dashboard a user opens does not also pay for
 * compiling every step of the engine (cohort, estimates, curves, firms' effects, ROI).
 */
export function startEvidenceWarmUp(): { stop(): Promise<void> } {
  const timer = setTimeout(() => {
    try {
      warmUpDashboard();
    } catch (error) {
      console.error('evidence: the warm-up failed', error);
    }
  }, 3000);
  timer.unref();
  return { stop: async () => clearTimeout(timer) };
}

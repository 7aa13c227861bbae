import type { Deps } from '../caller.ts';
import type { BackgroundJobs } from '../jobs/index.ts';
import { startPeriodic } from '../jobs/periodic.ts';
import { sendExpiryReminders } from './send-expiry-reminders.ts';

/** Sends the attestation expiry reminders that fall due, every `intervalMs` (default one hour). */
export function startLearningJobs(deps: Deps, options: { intervalMs?: number; log?: (line: string) => void } = {}): BackgroundJobs {
  return startPeriodic({
    name: 'learning',
    intervalMs: options.intervalMs ?? 3_600_000,
    firstDelayMs: 15_000,
    log: options.log,
    pass: async () => {
      const reminded = await sendExpiryReminders(deps);
      return reminded > 0 ? `${reminded} attestation expiry reminder(s)` : null;
    },
  });
}

import type { Deps } from '../caller.ts';
import { startDeliveryJobs } from '../delivery/index.ts';
import { startLearningJobs } from '../learning/index.ts';
import { startOutboxSender } from '../outbox/index.ts';
import { failInterruptedPoolingRuns } from '../pooling/index.ts';

export interface BackgroundJobs {
  stop(): Promise<void>;
}

/** Starts the long-running loops (outbox sender, …); stop() waits for the current pass to end. */
export function startBackgroundJobs(deps: Deps): BackgroundJobs {
  const loops: BackgroundJobs[] = [startOutboxSender(deps)];
  // pooling runs a stopped server left behind are failed; runs still solving are stopped with the server
  void failInterruptedPoolingRuns(deps).catch((error) => console.error('pooling: could not fail interrupted runs', error));
  loops.push({ stop: () => deps.poolingRuns.stop() });
  loops.push(startDeliveryJobs(deps));
  loops.push(startLearningJobs(deps));
  return {
    async stop() {
      await Promise.all(loops.map((loop) => loop.stop()));
    },
  };
}

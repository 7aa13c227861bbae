import type { Deps } from '../http/context.ts';
import { startDeliveryJobs } from '../delivery/delivery-jobs.ts';
import { startOutboxSender } from '../outbox/outbox-sender.ts';
import { failInterruptedPoolingRuns, poolingRunnerFor } from '../pooling/pooling-runner.ts';

export interface BackgroundJobs {
  stop(): Promise<void>;
}

/** Starts the long-running loops (outbox sender, …); stop() waits for the current pass to end. */
export function startBackgroundJobs(deps: Deps): BackgroundJobs {
  const loops: BackgroundJobs[] = [startOutboxSender(deps)];
  // pooling runs a stopped server left behind are failed; runs still solving are stopped with the server
  void failInterruptedPoolingRuns(deps).catch((error) => console.error('pooling: could not fail interrupted runs', error));
  loops.push({ stop: () => poolingRunnerFor(deps).stop() });
  loops.push(startDeliveryJobs(deps));
  return {
    async stop() {
      await Promise.all(loops.map((loop) => loop.stop()));
    },
  };
}

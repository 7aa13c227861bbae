import type { Deps } from '../http/context.ts';
import { startOutboxSender } from './outbox-sender.ts';

export interface BackgroundJobs {
  stop(): Promise<void>;
}

/** Starts the long-running loops (outbox sender, …); stop() waits for the current pass to end. */
export function startBackgroundJobs(deps: Deps): BackgroundJobs {
  const loops: BackgroundJobs[] = [startOutboxSender(deps)];
  return {
    async stop() {
      await Promise.all(loops.map((loop) => loop.stop()));
    },
  };
}

import type { BackgroundJobs } from './index.ts';

/**
 * Runs `pass` after `firstDelayMs`, then every `intervalMs` after each pass ends (never two at once);
 * a failure is logged and the next pass still comes. stop() waits for a running pass.
 */
export function startPeriodic(options: {
  name: string;
  pass: () => Promise<string | null>;
  intervalMs: number;
  firstDelayMs?: number;
  log?: (line: string) => void;
}): BackgroundJobs {
  const log = options.log ?? ((line: string) => console.log(line));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = options
        .pass()
        .then((line) => {
          if (line) log(`${options.name}: ${line}`);
        })
        .catch((error) => log(`${options.name}: pass failed: ${(error as Error).message}`))
        .finally(() => {
          running = undefined;
          schedule(options.intervalMs);
        });
    }, delay);
    timer.unref?.();
  };
  schedule(options.firstDelayMs ?? 5_000);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

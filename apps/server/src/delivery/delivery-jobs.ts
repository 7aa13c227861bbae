import { type Deps, inTransaction } from '../caller.ts';
import type { BackgroundJobs } from '../jobs/index.ts';
import { checkGoNoGo } from './check-go-no-go.ts';
import { sendDueQuestionnaires } from './send-due-questionnaires.ts';
import { sendReminders } from './send-reminders.ts';

/** One pass of delivery's timed work: go/no-go alerts, reminders, questionnaires that fall due. */
export async function runDeliveryPass(deps: Deps) {
  const alerted = await checkGoNoGo(deps);
  const reminded = await sendReminders(deps);
  const questionnaires = await inTransaction(deps, (tx) => sendDueQuestionnaires(tx));
  return { alerted: alerted.length, reminded, questionnaires };
}

/** Runs the delivery pass every `intervalMs` (default 10 minutes); stop() waits for a running pass. */
export function startDeliveryJobs(deps: Deps, options: { intervalMs?: number; log?: (line: string) => void } = {}): BackgroundJobs {
  const log = options.log ?? ((line: string) => console.log(line));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runDeliveryPass(deps)
        .then((r) => {
          if (r.alerted + r.reminded + r.questionnaires > 0) log(`delivery: ${r.alerted} go/no-go alert(s), ${r.reminded} reminder(s), ${r.questionnaires} questionnaire(s)`);
        })
        .catch((error) => log(`delivery: pass failed: ${(error as Error).message}`))
        .finally(() => {
          running = undefined;
          schedule(options.intervalMs ?? 600_000);
        });
    }, delay);
    timer.unref?.();
  };
  schedule(5_000);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

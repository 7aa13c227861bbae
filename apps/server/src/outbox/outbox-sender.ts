import type { Deps } from '../caller.ts';
import type { MailTransport } from '../mail/transport.ts';
import { outboxRepository } from './repository.ts';
import { sendOutbox } from './send-outbox.ts';
import type { BackgroundJobs } from '../jobs/index.ts';

export interface OutboxSenderOptions {
  intervalMs?: number;
  transport?: MailTransport | null;
  log?: (line: string) => void;
}

/**
 * Polls the outbox and sends due e-mails through SMTP. Without SMTP_HOST the messages stay
 * pending (sent once it is configured); in development each one is printed, once, to the log.
 */
export function startOutboxSender(
  deps: Deps,
  options: OutboxSenderOptions = {},
): BackgroundJobs & { runOnce(): Promise<void> } {
  const log = options.log ?? ((line: string) => console.log(line));
  const transport = options.transport === undefined ? deps.mailer : options.transport;
  const intervalMs = options.intervalMs ?? deps.config.OUTBOX_POLL_MS ?? 15_000;
  const printed = new Set<number>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  if (!transport) log('outbox: SMTP_HOST is not set; e-mails stay pending until SMTP is configured');

  async function pass() {
    if (transport) {
      const result = await sendOutbox({ db: deps.db, transport, from: deps.config.SMTP_FROM, now: deps.now });
      if (result.sent + result.retrying + result.failed > 0) {
        log(`outbox: ${result.sent} sent, ${result.retrying} to retry, ${result.failed} failed`);
      }
    } else if (deps.config.NODE_ENV === 'development') {
      for (const message of await outboxRepository(deps.db).due(deps.now().toISOString(), 50)) {
        if (printed.has(message.id)) continue;
        printed.add(message.id);
        log(`outbox (not sent, no SMTP): to ${message.to_address} — ${message.subject}\n${message.text_body}`);
      }
    }
  }

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass()
        .catch((error) => log(`outbox: pass failed: ${(error as Error).message}`))
        .finally(() => {
          running = undefined;
          schedule();
        });
    }, intervalMs);
    timer.unref?.();
  };
  schedule();

  return {
    runOnce: pass,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      transport?.close();
    },
  };
}

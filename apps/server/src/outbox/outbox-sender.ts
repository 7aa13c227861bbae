import type { Deps } from '../caller.ts';
import type { MailTransport } from '../mail/transport.ts';
import { platformOfficer } from '../privacy/index.ts';
import { outboxRepository } from './repository.ts';
import { sendOutbox } from './send-outbox.ts';

export interface OutboxSenderOptions {
  intervalMs?: number;
  transport?: MailTransport | null;
  log?: (line: string) => void;
}

export interface OutboxSender {
  /** One pass: claims due e-mails (no other sender gets them) and sends them. */
  runOnce(): Promise<void>;
  /** Closes the SMTP transport. */
  close(): void;
}

/**
 * The outbox sender of this instance (the job queue calls `runOnce`). Without SMTP_HOST the
 * messages stay pending (sent once it is configured); in development each one is printed, once
 * per instance, to the log.
 */
export function createOutboxSender(deps: Deps, options: OutboxSenderOptions = {}): OutboxSender {
  const log = options.log ?? ((line: string) => console.log(line));
  const transport = options.transport === undefined ? deps.mailer : options.transport;
  const printed = new Set<number>();
  if (!transport) log('outbox: SMTP_HOST is not set; e-mails stay pending until SMTP is configured');
  return {
    async runOnce() {
      if (transport) {
        const result = await sendOutbox({
          db: deps.db,
          transport,
          from: deps.config.SMTP_FROM,
          now: deps.now,
          platformOfficer: platformOfficer(deps.config),
        });
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
    },
    close() {
      transport?.close();
    },
  };
}

/** The sender on its own timer in this process (tests); the server runs it as a job instead (jobs/). */
export function startOutboxSender(
  deps: Deps,
  options: OutboxSenderOptions = {},
): OutboxSender & { stop(): Promise<void> } {
  const log = options.log ?? ((line: string) => console.log(line));
  const sender = createOutboxSender(deps, options);
  const intervalMs = options.intervalMs ?? deps.config.OUTBOX_POLL_MS ?? 15_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = sender
        .runOnce()
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
    ...sender,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      sender.close();
    },
  };
}

import type { Deps } from '../caller.ts';
import { withPrivacyFooter } from '../mail/privacy-footer.ts';
import type { MailTransport } from '../mail/transport.ts';
import { platformOfficer, privacyOfficersOf } from '../privacy/index.ts';
import { outboxRepository } from './repository.ts';
import { DEFAULT_BATCH_SIZE, sendOutbox } from './send-outbox.ts';

export interface OutboxSenderOptions {
  intervalMs?: number;
  transport?: MailTransport | null;
  log?: (line: string) => void;
  /** Messages claimed at a time. */
  batchSize?: number;
  /** A pass keeps claiming full batches until this much time (wall clock) has gone, then leaves the rest to the next pass. */
  drainMs?: number;
}

/** How long one pass keeps sending while batches come full: a burst of invitations leaves in one pass, not at 20 per poll. */
export const DEFAULT_DRAIN_MS = 30_000;

export interface OutboxSender {
  /** One pass: claims due e-mails (no other sender gets them) and sends them, batch after batch while they come full (up to `drainMs`). */
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
        const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
        const startedAt = Date.now();
        const total = { sent: 0, retrying: 0, failed: 0 };
        for (;;) {
          const result = await sendOutbox({
            db: deps.db,
            transport,
            from: deps.config.SMTP_FROM,
            now: deps.now,
            platformOfficer: platformOfficer(deps.config),
            batchSize,
          });
          total.sent += result.sent;
          total.retrying += result.retrying;
          total.failed += result.failed;
          if (result.claimed < batchSize || Date.now() - startedAt >= (options.drainMs ?? DEFAULT_DRAIN_MS)) break;
        }
        if (total.sent + total.retrying + total.failed > 0) {
          log(`outbox: ${total.sent} sent, ${total.retrying} to retry, ${total.failed} failed`);
        }
      } else if (deps.config.NODE_ENV === 'development') {
        const due = (await outboxRepository(deps.db).due(deps.now().toISOString(), 50)).filter(
          (m) => !printed.has(m.id),
        );
        // printed as it would leave: with its privacy officer's contact at its foot
        const officers = await privacyOfficersOf(
          deps.db,
          platformOfficer(deps.config),
          due.map((m) => m.mutual_id),
        );
        for (const message of due) {
          printed.add(message.id);
          const body = withPrivacyFooter(
            { text: message.text_body, html: null },
            message.locale === 'en' ? 'en' : 'fr',
            officers.get(message.mutual_id) ?? null,
          );
          log(`outbox (not sent, no SMTP): to ${message.to_address} — ${message.subject}\n${body.text}`);
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

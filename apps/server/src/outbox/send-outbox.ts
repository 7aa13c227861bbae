import type { PrivacyOfficer } from '@mutualis/contracts';
import { statusAfterFailedAttempt } from '@mutualis/domain/outbox/outbox-status';
import type { Db } from '../db/client.ts';
import { withPrivacyFooter } from '../mail/privacy-footer.ts';
import type { Locale } from '../mail/templates.ts';
import type { MailTransport } from '../mail/transport.ts';
import { privacyOfficersOf } from '../privacy/index.ts';
import { outboxRepository } from './repository.ts';

export interface SendOutboxOptions {
  db: Db;
  transport: MailTransport;
  from: string;
  now: () => Date;
  /** Attempts before a message is marked failed. */
  maxAttempts?: number;
  /** Wait after the first failure; doubles after each further failure, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  batchSize?: number;
  /** The platform's privacy officer, for messages of no mutual or of a mutual that has named none (config). */
  platformOfficer?: PrivacyOfficer | null;
  /** How long a claimed message stays this sender's (the SMTP calls of one batch must fit in it). */
  claimMs?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 6;
export const DEFAULT_BASE_DELAY_MS = 60_000;
/** A batch of 20 SMTP calls fits easily in 10 minutes; a claim older than that is a dead sender's. */
export const DEFAULT_CLAIM_MS = 10 * 60_000;
export const DEFAULT_BATCH_SIZE = 20;

/** The wait before the next attempt after `attempts` failures: base × 2^(attempts−1), capped. */
export function backoffMs(attempts: number, baseDelayMs: number, maxDelayMs: number) {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * One pass of the sender: claims a batch of due pending messages (no other sender gets them),
 * then delivers them one by one, each with its privacy officer's contact at its foot; a failure counts an attempt and schedules the next one later
 * (exponential backoff), or marks the message failed. Claims left by a dead sender are failed.
 */
export async function sendOutbox(options: SendOutboxOptions) {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const baseDelayMs = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const maxDelayMs = options.maxDelayMs ?? 6 * 60 * 60_000;
  const outbox = outboxRepository(options.db);
  const now = options.now();
  const expired = await outbox.failExpiredClaims(now.toISOString());
  const claimUntil = new Date(now.getTime() + (options.claimMs ?? DEFAULT_CLAIM_MS)).toISOString();
  const due = await outbox.claimDue(now.toISOString(), options.batchSize ?? DEFAULT_BATCH_SIZE, claimUntil);
  const result = { claimed: due.length, sent: 0, retrying: 0, failed: expired };
  // every message leaves with its mutual's privacy officer at its foot (Law 25), whatever its kind
  const officers = await privacyOfficersOf(
    options.db,
    options.platformOfficer ?? null,
    due.map((m) => m.mutual_id),
  );
  for (const message of due) {
    try {
      const body = withPrivacyFooter(
        { text: message.text_body, html: message.html_body },
        message.locale === 'en' ? 'en' : ('fr' satisfies Locale),
        officers.get(message.mutual_id) ?? null,
      );
      await options.transport.send({
        from: options.from,
        to: message.to_address,
        subject: message.subject,
        text: body.text,
        html: body.html ?? undefined,
      });
      await outbox.markSent(message.id, options.now().toISOString());
      result.sent++;
    } catch (error) {
      const attempts = message.attempts + 1;
      const status = statusAfterFailedAttempt(attempts, maxAttempts);
      const givesUp = status === 'failed';
      await outbox.markAttemptFailed(message.id, {
        attempts,
        status,
        error: String((error as Error)?.message ?? error).slice(0, 1000),
        nextAttemptAt: new Date(options.now().getTime() + backoffMs(attempts, baseDelayMs, maxDelayMs)).toISOString(),
      });
      if (givesUp) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}

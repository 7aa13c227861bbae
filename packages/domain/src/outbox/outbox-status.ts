// The life of an e-mail in the outbox.

/** pending: waiting for its (next) attempt; sent: delivered to the SMTP server; failed: given up after its attempts. */
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** The statuses from which a message may be put back in the queue by hand: only once the sender gave up on it. */
export const OUTBOX_RETRYABLE_STATUSES = ['failed'] as const satisfies readonly OutboxStatus[];

/** True when a message may be put back in the queue by hand. */
export const outboxMayRetry = (status: OutboxStatus): boolean =>
  (OUTBOX_RETRYABLE_STATUSES as readonly OutboxStatus[]).includes(status);

/** The status after a failed attempt: failed once the attempts reach the limit, else pending (tried again later). */
export const statusAfterFailedAttempt = (attempts: number, maxAttempts: number): OutboxStatus =>
  attempts >= maxAttempts ? 'failed' : 'pending';

import { OUTBOX_RETRYABLE_STATUSES, type OutboxStatus } from '@mutualis/domain/outbox/outbox-status';
import type { Db } from '../db/client.ts';

export interface NewOutboxMessage {
  mutualId: string | null;
  kind: string;
  to: string;
  locale: 'fr' | 'en';
  subject: string;
  text: string;
  html: string | null;
}

const columns = [
  'id',
  'mutual_id as mutualId',
  'kind',
  'to_address as toAddress',
  'locale',
  'subject',
  'status',
  'attempts',
  'last_error as lastError',
  'next_attempt_at as nextAttemptAt',
  'created_at as createdAt',
  'sent_at as sentAt',
] as const;

const outboxRow = (message: NewOutboxMessage, now: string) => ({
  mutual_id: message.mutualId,
  kind: message.kind,
  to_address: message.to,
  locale: message.locale,
  subject: message.subject,
  text_body: message.text,
  html_body: message.html,
  next_attempt_at: now,
});

/** E-mails waiting to be sent, sent, or given up on. */
export function outboxRepository(db: Db) {
  return {
    async enqueue(message: NewOutboxMessage, now: string) {
      return db.insertInto('outbox').values(outboxRow(message, now)).returning('id').executeTakeFirstOrThrow();
    },
    /** Several messages in as few statements as possible (500 rows each), in the order given. */
    async enqueueMany(messages: readonly NewOutboxMessage[], now: string) {
      for (let i = 0; i < messages.length; i += 500) {
        await db
          .insertInto('outbox')
          .values(messages.slice(i, i + 500).map((m) => outboxRow(m, now)))
          .execute();
      }
    },
    /** Pending messages whose next attempt is due, oldest first (unclaimed ones only). */
    due(now: string, limit: number) {
      return db
        .selectFrom('outbox')
        .selectAll()
        .where('status', '=', 'pending')
        .where('claimed_until', 'is', null)
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(limit)
        .execute();
    },
    /**
     * Claims up to `limit` due messages for this sender until `until`, oldest first. Rows another
     * sender is claiming at the same moment are skipped (FOR UPDATE SKIP LOCKED), and a claimed row
     * is never due again: two senders never get the same message.
     */
    async claimDue(now: string, limit: number, until: string) {
      const rows = await db
        .updateTable('outbox')
        .set({ claimed_until: until })
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('outbox')
            .select('id')
            .where('status', '=', 'pending')
            .where('claimed_until', 'is', null)
            .where('next_attempt_at', '<=', now)
            .orderBy('next_attempt_at')
            .orderBy('id')
            .limit(limit)
            .forUpdate()
            .skipLocked(),
        )
        .returningAll()
        .execute();
      return rows.sort((a, b) =>
        a.next_attempt_at < b.next_attempt_at ? -1 : a.next_attempt_at > b.next_attempt_at ? 1 : a.id - b.id,
      );
    },
    /**
     * Claims whose time ran out: the sender died during the SMTP call, so the message may have left.
     * They are failed (a coordinator may retry them by hand), never sent again by themselves.
     */
    async failExpiredClaims(now: string) {
      const result = await db
        .updateTable('outbox')
        .set({
          status: 'failed',
          claimed_until: null,
          last_error:
            'the sender stopped while sending: the message may have left; retry it by hand if it did not arrive',
        })
        .where('status', '=', 'pending')
        .where('claimed_until', '<', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async markSent(id: number, now: string) {
      await db
        .updateTable('outbox')
        .set({
          status: 'sent',
          sent_at: now,
          attempts: (eb) => eb('attempts', '+', 1),
          last_error: null,
          claimed_until: null,
        })
        .where('id', '=', id)
        .execute();
    },
    async markAttemptFailed(
      id: number,
      values: { attempts: number; status: OutboxStatus; error: string; nextAttemptAt: string },
    ) {
      await db
        .updateTable('outbox')
        .set({
          attempts: values.attempts,
          status: values.status,
          last_error: values.error,
          next_attempt_at: values.nextAttemptAt,
          claimed_until: null,
        })
        .where('id', '=', id)
        .execute();
    },
    /** Puts a failed message back in the queue with a fresh set of attempts (undefined when it may not be retried). */
    async requeue(id: number, now: string) {
      return db
        .updateTable('outbox')
        .set({ status: 'pending', attempts: 0, next_attempt_at: now, claimed_until: null })
        .where('id', '=', id)
        .where('status', 'in', OUTBOX_RETRYABLE_STATUSES)
        .returning(columns)
        .executeTakeFirst();
    },
    /** One message; mutualId undefined = any mutual (platform administrator). */
    find(id: number, mutualId: string | undefined) {
      let q = db.selectFrom('outbox').select(columns).where('id', '=', id);
      if (mutualId !== undefined) q = q.where('mutual_id', '=', mutualId);
      return q.executeTakeFirst();
    },
    async list(filter: { mutualId?: string; status?: OutboxStatus; page: number; pageSize: number }) {
      let q = db.selectFrom('outbox');
      if (filter.mutualId !== undefined) q = q.where('mutual_id', '=', filter.mutualId);
      if (filter.status) q = q.where('status', '=', filter.status);
      const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
      const items = await q
        .select(columns)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize)
        .execute();
      return { items, total: Number(total) };
    },
  };
}
export type OutboxRow = NonNullable<Awaited<ReturnType<ReturnType<typeof outboxRepository>['find']>>>;

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

/** E-mails waiting to be sent, sent, or given up on. */
export function outboxRepository(db: Db) {
  return {
    async enqueue(message: NewOutboxMessage, now: string) {
      return db
        .insertInto('outbox')
        .values({
          mutual_id: message.mutualId,
          kind: message.kind,
          to_address: message.to,
          locale: message.locale,
          subject: message.subject,
          text_body: message.text,
          html_body: message.html,
          next_attempt_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    },
    /** Pending messages whose next attempt is due, oldest first. */
    due(now: string, limit: number) {
      return db
        .selectFrom('outbox')
        .selectAll()
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(limit)
        .execute();
    },
    async markSent(id: number, now: string) {
      await db
        .updateTable('outbox')
        .set({ status: 'sent', sent_at: now, attempts: (eb) => eb('attempts', '+', 1), last_error: null })
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
        })
        .where('id', '=', id)
        .execute();
    },
    /** Puts a failed message back in the queue with a fresh set of attempts (undefined when it may not be retried). */
    async requeue(id: number, now: string) {
      return db
        .updateTable('outbox')
        .set({ status: 'pending', attempts: 0, next_attempt_at: now })
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

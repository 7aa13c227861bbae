import type { OutboxMessage, OutboxPage } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { outboxRepository } from './repository.ts';
import { AppError, notFound } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { managedMutual } from '../accounts/index.ts';

type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof outboxRepository>['find']>>>;
const toMessage = (row: Row): OutboxMessage => ({ ...row, status: row.status as OutboxMessage['status'] });

/** The e-mails of the caller's mutual (all, or one mutual's, for the platform administrator), newest first. */
export async function listOutbox(
  deps: Deps,
  actor: Caller,
  query: { status?: 'pending' | 'sent' | 'failed'; mutualId?: string; page: number; pageSize: number },
): Promise<OutboxPage> {
  const mutualId = managedMutual(actor, query.mutualId);
  const { items, total } = await outboxRepository(deps.db).list({ ...query, mutualId });
  return { items: items.map(toMessage), total, page: query.page, pageSize: query.pageSize };
}

/** Puts a failed e-mail back in the queue with a fresh set of attempts. */
export async function retryOutboxMessage(deps: Deps, actor: Caller, messageId: number) {
  const scope = managedMutual(actor);
  return deps.db.transaction().execute(async (trx) => {
    const outbox = outboxRepository(trx);
    const message = await outbox.find(messageId, scope);
    if (!message) throw notFound('Message');
    const row = await outbox.requeue(messageId, deps.now().toISOString());
    if (!row) throw new AppError('conflict', `Only a failed message can be retried; this one is ${message.status}`);
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId: message.mutualId,
      actorUserId: actor.userId,
      action: 'retry',
      entityType: 'outbox',
      entityId: String(messageId),
      change: { previousAttempts: message.attempts, lastError: message.lastError },
    });
    return toMessage(row);
  });
}

import type { OutboxMessage } from '@mutualis/contracts';
import { outboxMayRetry } from '@mutualis/domain/outbox/outbox-status';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { presentOutboxMessage } from './present.ts';
import { outboxRepository } from './repository.ts';
import { visibleOutboxMessage } from './visible-outbox-message.ts';

/** Puts a failed e-mail back in the queue with a fresh set of attempts. */
export async function retryOutboxMessage(
  deps: Deps,
  caller: Caller,
  input: { messageId: number },
): Promise<OutboxMessage> {
  return inTransaction(deps, async (tx) => {
    const message = await visibleOutboxMessage(tx, caller, input.messageId);
    const refused = () => new AppError('conflict', 'retry_failed_only', { params: { status: message.status } });
    if (!outboxMayRetry(message.status)) throw refused();
    const row = await outboxRepository(tx.db).requeue(input.messageId, deps.now().toISOString());
    if (!row) throw refused();
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: message.mutualId,
      actorUserId: caller.userId,
      action: 'retry',
      entityType: 'outbox',
      entityId: String(input.messageId),
      change: { previousAttempts: message.attempts, lastError: message.lastError },
    });
    return presentOutboxMessage(row);
  });
}

import { managedMutual } from '../accounts/index.ts';
import type { Caller, Deps } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type OutboxRow, outboxRepository } from './repository.ts';

/** The message if the caller manages its mutual (the platform administrator: any); 404 otherwise. */
export async function visibleOutboxMessage(deps: Deps, caller: Caller, messageId: number): Promise<OutboxRow> {
  const row = await outboxRepository(deps.db).find(messageId, managedMutual(caller));
  if (!row) throw notFound('message');
  return row;
}

import { type OutboxPage, type OutboxQuery, pageOf } from '@mutualis/contracts';
import { managedMutual } from '../accounts/index.ts';
import type { Caller, Deps } from '../caller.ts';
import { presentOutboxMessage } from './present.ts';
import { outboxRepository } from './repository.ts';

/** A page of the e-mails of the caller's mutual (all, or one mutual's, for the platform administrator), newest first. */
export async function listOutbox(deps: Deps, caller: Caller, query: OutboxQuery): Promise<OutboxPage> {
  const mutualId = managedMutual(caller, query.mutualId);
  const { items, total } = await outboxRepository(deps.db).list({ ...query, mutualId });
  return pageOf(items.map(presentOutboxMessage), total, query);
}

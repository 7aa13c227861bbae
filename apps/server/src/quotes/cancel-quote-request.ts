import type { QuoteRequest } from '@mutualis/contracts';
import { quoteRequestIsOpen } from '@mutualis/domain/catalogue/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { getQuoteRequest } from './get-quote-request.ts';
import { quoteRepository } from './repository.ts';
import { visibleQuoteRequest } from './visible-quote-request.ts';

/** Cancels an open request (coordinators). */
export async function cancelQuoteRequest(
  deps: Deps,
  caller: Caller,
  input: { quoteRequestId: string; reason?: string },
): Promise<QuoteRequest> {
  const { quoteRequestId: id } = input;
  const reason = input.reason ?? null;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const { row } = await visibleQuoteRequest(tx, caller, id);
    const mutualId = row.mutual_id;
    if (!quoteRequestIsOpen(row.status))
      throw new AppError('conflict', 'quote_request_closed', { params: { status: row.status } });
    const nowIso = now.toISOString();
    const repo = quoteRepository(tx.db);
    await repo.update(mutualId, id, { status: 'cancelled', updated_at: nowIso });
    await repo.event({
      mutual_id: mutualId,
      quote_request_id: id,
      at: nowIso,
      actor_user_id: caller.userId,
      kind: 'cancelled',
      detail: JSON.stringify({ reason }),
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'quote_request.cancel',
      entityType: 'quote_request',
      entityId: id,
      change: { reason },
    });
    return getQuoteRequest(tx, caller, { quoteRequestId: id });
  });
}

import type { QuoteRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { getQuoteRequest } from './get-quote-request.ts';
import { openForProvider } from './open-for-provider.ts';

/** The trainer declines an open request for its provider. */
export async function declineQuoteRequest(
  deps: Deps,
  caller: Caller,
  input: { quoteRequestId: string; reason?: string },
): Promise<QuoteRequest> {
  const { quoteRequestId: id } = input;
  const reason = input.reason ?? null;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const { mutualId, providerId, repo } = await openForProvider(tx, caller, id);
    const nowIso = now.toISOString();
    await repo.updateProvider(id, providerId, { status: 'declined', answered_at: nowIso });
    await repo.event({
      mutual_id: mutualId,
      quote_request_id: id,
      provider_id: providerId,
      at: nowIso,
      actor_user_id: caller.userId,
      kind: 'declined',
      detail: JSON.stringify({ reason }),
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'quote_request.decline',
      entityType: 'quote_request',
      entityId: id,
      change: { reason },
    });
    return getQuoteRequest(tx, caller, { quoteRequestId: id });
  });
}

import type { QuoteAnswerRequest, QuoteRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { getQuoteRequest } from './get-quote-request.ts';
import { openForProvider } from './open-for-provider.ts';

/** The trainer's answer for its provider; a new answer supersedes its previous one. */
export async function answerQuoteRequest(
  deps: Deps,
  caller: Caller,
  input: { quoteRequestId: string; answer: QuoteAnswerRequest },
): Promise<QuoteRequest> {
  const { quoteRequestId: id, answer } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const { mutualId, providerId, repo } = await openForProvider(tx, caller, id);
    const nowIso = now.toISOString();
    const responseId = await repo.insertResponse({
      mutual_id: mutualId,
      quote_request_id: id,
      provider_id: providerId,
      fixed_cost_cents: answer.fixedCostCents,
      seat_cost_cents: answer.seatCostCents,
      min_seats: answer.minSeats,
      max_seats: answer.maxSeats,
      periods: [...answer.periods].sort(),
      duration_hours: answer.durationHours ?? null,
      conditions: answer.conditions ?? '',
      submitted_by: caller.userId,
      submitted_at: nowIso,
    });
    await repo.updateProvider(id, providerId, { status: 'answered', answered_at: nowIso });
    await repo.event({
      mutual_id: mutualId,
      quote_request_id: id,
      provider_id: providerId,
      at: nowIso,
      actor_user_id: caller.userId,
      kind: 'answered',
      detail: JSON.stringify({ responseId, ...answer }),
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'quote_request.answer',
      entityType: 'quote_request',
      entityId: id,
      change: { responseId, ...answer },
    });
    return getQuoteRequest(tx, caller, { quoteRequestId: id });
  });
}

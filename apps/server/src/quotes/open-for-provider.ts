import { quoteRequestIsOpen } from '@mutualis/domain/catalogue/index';
import type { Caller, Deps } from '../caller.ts';
import { AppError } from '../errors.ts';
import { quoteRepository } from './repository.ts';
import { visibleQuoteRequest } from './visible-quote-request.ts';

/**
 * A step of answering and declining, inside their transaction: the open request a trainer acts on
 * for its provider; its provider's previous submitted answer is superseded.
 */
export async function openForProvider(tx: Deps, caller: Caller, quoteRequestId: string) {
  const { row, scope } = await visibleQuoteRequest(tx, caller, quoteRequestId);
  const providerId = scope.providerId as string;
  if (!quoteRequestIsOpen(row.status))
    throw new AppError('conflict', 'quote_request_closed', { params: { status: row.status } });
  const repo = quoteRepository(tx.db);
  await repo.updateResponses(quoteRequestId, { providerId, status: 'submitted' }, { status: 'superseded' });
  return { mutualId: row.mutual_id, providerId, repo };
}

import type { Caller, Deps } from '../caller.ts';
import { type ProviderScope, providerScopeOf } from '../catalogue/index.ts';
import { notFound } from '../errors.ts';
import { type QuoteRequestRow, quoteRepository } from './repository.ts';

/**
 * The request if the caller may see it: every request of its mutual for a coordinator, those sent
 * to its provider for a trainer; 404 otherwise. Answers the caller's scope with it.
 */
export async function visibleQuoteRequest(
  deps: Deps,
  caller: Caller,
  quoteRequestId: string,
): Promise<{ row: QuoteRequestRow; scope: ProviderScope }> {
  const scope = providerScopeOf(caller);
  const repo = quoteRepository(deps.db);
  const row = await repo.find(scope.mutualId, quoteRequestId);
  if (!row) throw notFound('quote_request');
  if (scope.providerId) {
    const providers = await repo.providers(quoteRequestId);
    if (!providers.some((p) => p.provider_id === scope.providerId)) throw notFound('quote_request');
  }
  return { row, scope };
}

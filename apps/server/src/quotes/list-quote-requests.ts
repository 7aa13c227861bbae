import { pageOf, type QuoteRequestListQuery } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { providerScopeOf } from '../catalogue/index.ts';
import { presentQuoteRequestSummary } from './present.ts';
import { quoteRepository } from './repository.ts';

/** A page of the requests the caller may see: all of the mutual's (coordinator), those sent to its provider (trainer). */
export async function listQuoteRequests(deps: Deps, caller: Caller, query: QuoteRequestListQuery) {
  const scope = providerScopeOf(caller);
  const { page, pageSize, ...filter } = query;
  const f = { ...filter, providerId: scope.providerId };
  const repo = quoteRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.list(scope.mutualId, f, { limit: pageSize, offset: (page - 1) * pageSize }),
    repo.count(scope.mutualId, f),
  ]);
  return pageOf(
    rows.map((r) => presentQuoteRequestSummary(r, scope)),
    total,
    { page, pageSize },
  );
}

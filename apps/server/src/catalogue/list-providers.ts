import { type ProviderListQuery, pageOf } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentProvider } from './present.ts';
import { providerRepository } from './provider-repository.ts';
import { providerScopeOf } from './visible-provider.ts';

/** A page of the providers the caller may see: the mutual's active ones (or all), a trainer its own. */
export async function listProviders(deps: Deps, caller: Caller, query: ProviderListQuery) {
  const scope = providerScopeOf(caller);
  const { page, pageSize } = query;
  const filter = {
    providerId: scope.providerId,
    region: query.region,
    includeInactive: query.includeInactive === 'true' || !!scope.providerId,
  };
  const repo = providerRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.list(scope.mutualId, filter, { limit: pageSize, offset: (page - 1) * pageSize }),
    repo.count(scope.mutualId, filter),
  ]);
  return pageOf(rows.map(presentProvider), total, { page, pageSize });
}

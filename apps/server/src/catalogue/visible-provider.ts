import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type ProviderRow, providerRepository } from './provider-repository.ts';

/** Providers a caller may see: all of its mutual's (coordinator), its own (trainer, `providerId`). */
export interface ProviderScope {
  mutualId: string;
  /** The trainer's provider (a trainer without one sees none); undefined for a coordinator. */
  providerId?: string;
}

const NO_PROVIDER = '00000000-0000-0000-0000-000000000000';

/** The provider scope of a caller: a trainer reaches its own provider's records only. */
export function providerScopeOf(caller: Caller): ProviderScope {
  const mutualId = mutualOf(caller);
  return caller.role === 'trainer' ? { mutualId, providerId: caller.providerId ?? NO_PROVIDER } : { mutualId };
}

/** The provider if the caller may see it (its mutual's coordinator, its own trainer); 404 otherwise. */
export async function visibleProvider(deps: Deps, caller: Caller, providerId: string): Promise<ProviderRow> {
  const scope = providerScopeOf(caller);
  if (scope.providerId && scope.providerId !== providerId) throw notFound('provider');
  const row = await providerRepository(deps.db).find(scope.mutualId, providerId);
  if (!row) throw notFound('provider');
  return row;
}

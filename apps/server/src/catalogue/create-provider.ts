import type { CreateProviderRequest, Provider } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { presentProvider } from './present.ts';
import { type ProviderRow, providerRepository } from './provider-repository.ts';

/** Adds a training provider to the mutual (coordinators). */
export async function createProvider(deps: Deps, caller: Caller, input: CreateProviderRequest): Promise<Provider> {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = providerRepository(tx.db);
    const id = await repo.insert({
      mutual_id: mutualId,
      name: input.name,
      kind: input.kind,
      accreditation_number: input.accreditationNumber ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      website: input.website ?? null,
      address: input.address ?? null,
      regions: input.regions ?? [],
      contacts: JSON.stringify(input.contacts ?? []),
      notes: input.notes ?? '',
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'provider.create',
      entityType: 'provider',
      entityId: id,
      change: input,
    });
    return presentProvider((await repo.find(mutualId, id)) as ProviderRow);
  });
}

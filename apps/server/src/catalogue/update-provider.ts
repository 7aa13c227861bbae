import type { Provider, UpdateProviderRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { presentProvider } from './present.ts';
import { type ProviderRow, providerRepository } from './provider-repository.ts';
import { visibleProvider } from './visible-provider.ts';

/** Changes a provider: details, regions served, contacts, active (coordinators). */
export async function updateProvider(
  deps: Deps,
  caller: Caller,
  input: { providerId: string; changes: UpdateProviderRequest },
): Promise<Provider> {
  const { providerId: id, changes } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const { mutual_id: mutualId } = await visibleProvider(tx, caller, id);
    const repo = providerRepository(tx.db);
    await repo.update(mutualId, id, {
      name: changes.name,
      kind: changes.kind,
      accreditation_number: changes.accreditationNumber,
      email: changes.email,
      phone: changes.phone,
      website: changes.website,
      address: changes.address,
      regions: changes.regions,
      contacts: changes.contacts ? JSON.stringify(changes.contacts) : undefined,
      notes: changes.notes,
      active: changes.active,
      updated_at: now.toISOString(),
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'provider.update',
      entityType: 'provider',
      entityId: id,
      change: changes,
    });
    return presentProvider((await repo.find(mutualId, id)) as ProviderRow);
  });
}

import type { CreateProviderRequest, Provider, UpdateProviderRequest } from '@mutualis/contracts';
import type { Db } from '../db/client.ts';
import { auditRepository } from '../audit/index.ts';
import { type ProviderRow, providerRepository } from './provider-repository.ts';
import { notFound } from '../errors.ts';
import type { Caller } from '../caller.ts';
import { mutualOf } from '../caller.ts';

export const toProvider = (r: ProviderRow): Provider => ({
  id: r.id,
  name: r.name,
  kind: r.kind as Provider['kind'],
  accreditationNumber: r.accreditation_number,
  email: r.email,
  phone: r.phone,
  website: r.website,
  address: r.address,
  regions: r.regions,
  contacts: r.contacts ?? [],
  notes: r.notes,
  active: r.active,
  courseCount: r.course_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Providers the caller may see: all of the mutual for a coordinator, its own for a trainer. */
export async function listProviders(db: Db, caller: Caller, filter: { includeInactive?: boolean; region?: string }) {
  const mutualId = mutualOf(caller);
  const providerId = caller.role === 'trainer' ? (caller.providerId ?? '00000000-0000-0000-0000-000000000000') : undefined;
  return (await providerRepository(db).list(mutualId, { ...filter, providerId, includeInactive: filter.includeInactive || !!providerId })).map(toProvider);
}

export async function getProvider(db: Db, caller: Caller, id: string): Promise<Provider> {
  if (caller.role === 'trainer' && caller.providerId !== id) throw notFound('Provider');
  const row = await providerRepository(db).find(mutualOf(caller), id);
  if (!row) throw notFound('Provider');
  return toProvider(row);
}

export async function createProvider(db: Db, caller: Caller, input: CreateProviderRequest): Promise<Provider> {
  const mutualId = mutualOf(caller);
  return db.transaction().execute(async (trx) => {
    const id = await providerRepository(trx).insert({
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
    await auditRepository(trx).record({ mutualId, actorUserId: caller.userId, action: 'provider.create', entityType: 'provider', entityId: id, change: input });
    return toProvider((await providerRepository(trx).find(mutualId, id)) as ProviderRow);
  });
}

export async function updateProvider(db: Db, caller: Caller, id: string, input: UpdateProviderRequest, now: Date): Promise<Provider> {
  const mutualId = mutualOf(caller);
  return db.transaction().execute(async (trx) => {
    const repo = providerRepository(trx);
    if (!(await repo.find(mutualId, id))) throw notFound('Provider');
    await repo.update(mutualId, id, {
      name: input.name,
      kind: input.kind,
      accreditation_number: input.accreditationNumber,
      email: input.email,
      phone: input.phone,
      website: input.website,
      address: input.address,
      regions: input.regions,
      contacts: input.contacts ? JSON.stringify(input.contacts) : undefined,
      notes: input.notes,
      active: input.active,
      updated_at: now.toISOString(),
    });
    await auditRepository(trx).record({ at: now, mutualId, actorUserId: caller.userId, action: 'provider.update', entityType: 'provider', entityId: id, change: input });
    return toProvider((await repo.find(mutualId, id)) as ProviderRow);
  });
}

import type { Partner } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { notFound } from '../errors.ts';
import { readPartner } from './get-partner.ts';
import { coordinatorMutualOf } from './governance-access.ts';
import { partnerRepository } from './partner-repository.ts';

/** Adds a contact person at a partner (coordinators). */
export async function addPartnerContact(
  deps: Deps,
  caller: Caller,
  input: { partnerId: string; name: string; roleTitle?: string; email?: string | null; phone?: string | null },
): Promise<Partner> {
  const mutualId = coordinatorMutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const repo = partnerRepository(tx.db);
    if (!(await repo.find(mutualId, input.partnerId))) throw notFound('partner');
    await repo.addContact({
      mutual_id: mutualId,
      partner_id: input.partnerId,
      name: input.name,
      role_title: input.roleTitle ?? '',
      email: input.email ?? null,
      phone: input.phone ?? null,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'partner.contact',
      entityType: 'partner',
      entityId: input.partnerId,
      change: {},
    });
    return readPartner(tx.db, mutualId, input.partnerId, todayInMontreal(deps.now()));
  });
}

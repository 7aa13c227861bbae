import type { CreatePartner, Partner } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid } from '../errors.ts';
import { readPartner } from './get-partner.ts';
import { coordinatorMutualOf } from './governance-access.ts';
import { partnerRepository } from './partner-repository.ts';

/** Adds a partner organisation to the mutual's ecosystem (coordinators). */
export async function createPartner(deps: Deps, caller: Caller, input: CreatePartner): Promise<Partner> {
  const mutualId = coordinatorMutualOf(caller);
  if (input.until && input.until < input.since) throw invalid('until', 'before_start_date');
  return inTransaction(deps, async (tx) => {
    const id = await partnerRepository(tx.db).insert({
      mutual_id: mutualId,
      name: input.name,
      kind: input.kind,
      website: input.website ?? '',
      notes: input.notes ?? '',
      since: input.since,
      until: input.until ?? null,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'partner.create',
      entityType: 'partner',
      entityId: id,
      change: { name: input.name, kind: input.kind },
    });
    return readPartner(tx.db, mutualId, id, todayInMontreal(deps.now()));
  });
}

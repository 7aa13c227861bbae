import type { Partner } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { PartnerKind } from '@mutualis/domain/governance/ecosystem';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid, notFound } from '../errors.ts';
import { readPartner } from './get-partner.ts';
import { coordinatorMutualOf } from './governance-access.ts';
import { partnerRepository } from './partner-repository.ts';

type Changes = {
  name?: string;
  kind?: PartnerKind;
  website?: string;
  notes?: string;
  since?: string;
  until?: string | null;
};

/** Changes a partner; the relation ends when its last day is set (coordinators). */
export async function updatePartner(
  deps: Deps,
  caller: Caller,
  input: { partnerId: string; changes: Changes },
): Promise<Partner> {
  const mutualId = coordinatorMutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const repo = partnerRepository(tx.db);
    const row = await repo.find(mutualId, input.partnerId);
    if (!row) throw notFound('partner');
    const c = input.changes;
    const since = c.since ?? row.since;
    const until = c.until === undefined ? row.until : c.until;
    if (until && until < since) throw invalid('until', 'before_start_date');
    await repo.update(mutualId, row.id, {
      name: c.name,
      kind: c.kind,
      website: c.website,
      notes: c.notes,
      since,
      until,
      updated_at: deps.now().toISOString(),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'partner.update',
      entityType: 'partner',
      entityId: row.id,
      change: c,
    });
    return readPartner(tx.db, mutualId, row.id, todayInMontreal(deps.now()));
  });
}

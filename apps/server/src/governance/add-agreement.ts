import type { Partner } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid, notFound } from '../errors.ts';
import { readPartner } from './get-partner.ts';
import { coordinatorMutualOf } from './governance-access.ts';
import { partnerRepository } from './partner-repository.ts';

/** Records an agreement with a partner (coordinators); the signed copy is attached after. */
export async function addAgreement(
  deps: Deps,
  caller: Caller,
  input: {
    partnerId: string;
    title: string;
    signedOn?: string | null;
    startsOn: string;
    endsOn?: string | null;
    notes?: string;
  },
): Promise<Partner> {
  const mutualId = coordinatorMutualOf(caller);
  if (input.endsOn && input.endsOn < input.startsOn) throw invalid('endsOn', 'before_start_date');
  return inTransaction(deps, async (tx) => {
    const repo = partnerRepository(tx.db);
    if (!(await repo.find(mutualId, input.partnerId))) throw notFound('partner');
    await repo.addAgreement({
      mutual_id: mutualId,
      partner_id: input.partnerId,
      title: input.title,
      signed_on: input.signedOn ?? null,
      starts_on: input.startsOn,
      ends_on: input.endsOn ?? null,
      notes: input.notes ?? '',
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'partner.agreement',
      entityType: 'partner',
      entityId: input.partnerId,
      change: { title: input.title },
    });
    return readPartner(tx.db, mutualId, input.partnerId, todayInMontreal(deps.now()));
  });
}

import type { AddSupport, Partner } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid, notFound } from '../errors.ts';
import { readPartner } from './get-partner.ts';
import { coordinatorMutualOf } from './governance-access.ts';
import { partnerRepository } from './partner-repository.ts';

/** Records support received from a partner: material, organisational or financial (financial needs its amount). */
export async function addSupport(
  deps: Deps,
  caller: Caller,
  input: { partnerId: string } & AddSupport,
): Promise<Partner> {
  const mutualId = coordinatorMutualOf(caller);
  if (input.kind === 'financial' && (input.amountCents === null || input.amountCents === undefined))
    throw invalid('amountCents', 'support_amount_required');
  if (input.endsOn && input.endsOn < input.startsOn) throw invalid('endsOn', 'before_start_date');
  return inTransaction(deps, async (tx) => {
    const repo = partnerRepository(tx.db);
    if (!(await repo.find(mutualId, input.partnerId))) throw notFound('partner');
    await repo.addSupport({
      mutual_id: mutualId,
      partner_id: input.partnerId,
      kind: input.kind,
      description: input.description,
      amount_cents: input.amountCents ?? null,
      starts_on: input.startsOn,
      ends_on: input.endsOn ?? null,
      created_by: caller.userId,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'partner.support',
      entityType: 'partner',
      entityId: input.partnerId,
      change: { kind: input.kind, amountCents: input.amountCents, startsOn: input.startsOn },
    });
    return readPartner(tx.db, mutualId, input.partnerId, todayInMontreal(deps.now()));
  });
}

import type { AddContribution, Leader } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid, notFound } from '../errors.ts';
import { boardManagerMutualOf } from './governance-access.ts';
import { leaderRepository } from './leader-repository.ts';
import { readLeaders } from './list-leaders.ts';

/** Records a leader's involvement: a meeting attended, a firm recruited (which firm), a resource secured (how much). */
export async function addContribution(
  deps: Deps,
  caller: Caller,
  input: { leaderId: string } & AddContribution,
): Promise<Leader> {
  const mutualId = await boardManagerMutualOf(deps, caller);
  if (input.kind === 'resource' && (input.amountCents === null || input.amountCents === undefined))
    throw invalid('amountCents', 'resource_amount_required');
  if (input.occurredOn > todayInMontreal(deps.now())) throw invalid('occurredOn', 'date_in_future');
  return inTransaction(deps, async (tx) => {
    const repo = leaderRepository(tx.db);
    if (!(await repo.find(mutualId, input.leaderId))) throw notFound('leader');
    const memberId = input.kind === 'recruitment' ? (input.memberId ?? null) : null;
    if (memberId && !(await repo.memberOfMutual(mutualId, memberId))) throw invalid('memberId', 'no_such_member');
    await repo.addContribution({
      mutual_id: mutualId,
      leader_id: input.leaderId,
      kind: input.kind,
      occurred_on: input.occurredOn,
      member_id: memberId,
      amount_cents: input.kind === 'resource' ? (input.amountCents ?? null) : null,
      note: input.note ?? '',
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'leader.contribution',
      entityType: 'leader',
      entityId: input.leaderId,
      change: { kind: input.kind, occurredOn: input.occurredOn },
    });
    return (
      await readLeaders(tx.db, mutualId, todayInMontreal(deps.now()), { limit: 1, offset: 0 }, [input.leaderId])
    )[0];
  });
}

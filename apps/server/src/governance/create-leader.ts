import type { CreateLeader, Leader } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { checkLeader } from './check-leader.ts';
import { boardManagerMutualOf } from './governance-access.ts';
import { leaderRepository } from './leader-repository.ts';
import { readLeaders } from './list-leaders.ts';

/** Adds a leader: the chair, a coordinator, a champion in a member firm (coordinator or chair). */
export async function createLeader(deps: Deps, caller: Caller, input: CreateLeader): Promise<Leader> {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const l = {
      memberId: input.memberId ?? null,
      boardMemberId: input.boardMemberId ?? null,
      since: input.since,
      until: input.until ?? null,
    };
    await checkLeader(tx.db, mutualId, l);
    const id = await leaderRepository(tx.db).insert({
      mutual_id: mutualId,
      name: input.name,
      role: input.role,
      member_id: l.memberId,
      board_member_id: l.boardMemberId,
      email: input.email ?? null,
      since: l.since,
      until: l.until,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'leader.create',
      entityType: 'leader',
      entityId: id,
      change: { role: input.role },
    });
    return (await readLeaders(tx.db, mutualId, todayInMontreal(deps.now()), { limit: 1, offset: 0 }, [id]))[0];
  });
}

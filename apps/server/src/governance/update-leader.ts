import type { Leader } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { LeaderRole } from '@mutualis/domain/governance/board';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { notFound } from '../errors.ts';
import { checkLeader } from './check-leader.ts';
import { boardManagerMutualOf } from './governance-access.ts';
import { leaderRepository } from './leader-repository.ts';
import { readLeaders } from './list-leaders.ts';

type Changes = {
  name?: string;
  role?: LeaderRole;
  memberId?: string | null;
  boardMemberId?: string | null;
  email?: string | null;
  since?: string;
  until?: string | null;
};

/** Changes a leader (an ended involvement gets its last day). Coordinator or chair. */
export async function updateLeader(
  deps: Deps,
  caller: Caller,
  input: { leaderId: string; changes: Changes },
): Promise<Leader> {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const repo = leaderRepository(tx.db);
    const row = await repo.find(mutualId, input.leaderId);
    if (!row) throw notFound('leader');
    const c = input.changes;
    const l = {
      memberId: c.memberId === undefined ? row.member_id : c.memberId,
      boardMemberId: c.boardMemberId === undefined ? row.board_member_id : c.boardMemberId,
      since: c.since ?? row.since,
      until: c.until === undefined ? row.until : c.until,
    };
    await checkLeader(tx.db, mutualId, l);
    await repo.update(mutualId, row.id, {
      name: c.name,
      role: c.role,
      email: c.email,
      member_id: l.memberId,
      board_member_id: l.boardMemberId,
      since: l.since,
      until: l.until,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'leader.update',
      entityType: 'leader',
      entityId: row.id,
      change: { ...c, email: undefined },
    });
    return (await readLeaders(tx.db, mutualId, todayInMontreal(deps.now()), { limit: 1, offset: 0 }, [row.id]))[0];
  });
}

import type { Db } from '../db/client.ts';
import { invalid } from '../errors.ts';
import { leaderRepository } from './leader-repository.ts';

/** A leader's firm and board seat belong to the mutual, and the period reads forward. */
export async function checkLeader(
  db: Db,
  mutualId: string,
  l: { memberId: string | null; boardMemberId: string | null; since: string; until: string | null },
) {
  const repo = leaderRepository(db);
  if (l.memberId && !(await repo.memberOfMutual(mutualId, l.memberId))) throw invalid('memberId', 'no_such_member');
  if (l.boardMemberId && !(await repo.boardMemberOfMutual(mutualId, l.boardMemberId)))
    throw invalid('boardMemberId', 'no_such_board_member');
  if (l.until && l.until < l.since) throw invalid('until', 'before_start_date');
}

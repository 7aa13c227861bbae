import type { Board, UpdateBoardMember } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { notFound } from '../errors.ts';
import { boardRepository } from './board-repository.ts';
import { checkBoardMember } from './check-board-member.ts';
import { getBoard } from './get-board.ts';
import { boardManagerMutualOf } from './governance-access.ts';

/** Changes a board member: office, seat, term (a term ends when its last day is set). Coordinator or chair. */
export async function updateBoardMember(
  deps: Deps,
  caller: Caller,
  input: { boardMemberId: string; changes: UpdateBoardMember },
): Promise<Board> {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const repo = boardRepository(tx.db);
    const row = await repo.member(mutualId, input.boardMemberId);
    if (!row) throw notFound('board_member');
    const c = input.changes;
    const merged = {
      id: row.id,
      seatId: c.seatId ?? row.seat_id,
      memberId: c.memberId === undefined ? row.member_id : c.memberId,
      userId: c.userId === undefined ? row.user_id : c.userId,
      termStart: c.termStart ?? row.term_start,
      termEnd: c.termEnd === undefined ? row.term_end : c.termEnd,
    };
    await checkBoardMember(tx.db, mutualId, merged);
    await repo.updateMember(mutualId, row.id, {
      seat_id: merged.seatId,
      name: c.name ?? row.name,
      organisation: c.organisation ?? row.organisation,
      member_id: merged.memberId,
      email: c.email === undefined ? row.email : c.email,
      office: c.office ?? row.office,
      term_start: merged.termStart,
      term_end: merged.termEnd,
      user_id: merged.userId,
      updated_at: deps.now().toISOString(),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'board.member.update',
      entityType: 'board_member',
      entityId: row.id,
      change: { ...c, email: undefined },
    });
    return getBoard(tx, caller, {});
  });
}

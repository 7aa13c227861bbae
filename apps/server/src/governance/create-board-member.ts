import type { Board, CreateBoardMember } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { boardRepository } from './board-repository.ts';
import { checkBoardMember } from './check-board-member.ts';
import { getBoard } from './get-board.ts';
import { boardManagerMutualOf } from './governance-access.ts';

/** Seats a board member on a seat for a term (coordinator or chair). */
export async function createBoardMember(deps: Deps, caller: Caller, input: CreateBoardMember): Promise<Board> {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const m = {
      id: null,
      seatId: input.seatId,
      memberId: input.memberId ?? null,
      userId: input.userId ?? null,
      termStart: input.termStart,
      termEnd: input.termEnd ?? null,
    };
    await checkBoardMember(tx.db, mutualId, m);
    const id = await boardRepository(tx.db).insertMember({
      mutual_id: mutualId,
      seat_id: input.seatId,
      name: input.name,
      organisation: input.organisation ?? '',
      member_id: m.memberId,
      email: input.email ?? null,
      office: input.office ?? 'director',
      term_start: input.termStart,
      term_end: m.termEnd,
      user_id: m.userId,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'board.member.create',
      entityType: 'board_member',
      entityId: id,
      change: { ...input, email: undefined },
    });
    return getBoard(tx, caller, {});
  });
}

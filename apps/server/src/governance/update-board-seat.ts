import type { Board } from '@mutualis/contracts';
import type { BoardSeatKind } from '@mutualis/domain/governance/board';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { notFound } from '../errors.ts';
import { boardRepository } from './board-repository.ts';
import { getBoard } from './get-board.ts';
import { boardManagerMutualOf } from './governance-access.ts';

/** Changes a seat: its kind, label, order, or whether the bylaws still provide it (coordinator or chair). */
export async function updateBoardSeat(
  deps: Deps,
  caller: Caller,
  input: { seatId: string; changes: { kind?: BoardSeatKind; label?: string; position?: number; active?: boolean } },
): Promise<Board> {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const repo = boardRepository(tx.db);
    if (!(await repo.seat(mutualId, input.seatId))) throw notFound('board_seat');
    await repo.updateSeat(mutualId, input.seatId, input.changes);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'board.seat.update',
      entityType: 'board_seat',
      entityId: input.seatId,
      change: input.changes,
    });
    return getBoard(tx, caller, {});
  });
}

import type { Board } from '@mutualis/contracts';
import type { BoardSeatKind } from '@mutualis/domain/governance/board';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { boardRepository } from './board-repository.ts';
import { getBoard } from './get-board.ts';
import { boardManagerMutualOf } from './governance-access.ts';

/** Adds a seat the bylaws provide (coordinator or chair). */
export async function createBoardSeat(
  deps: Deps,
  caller: Caller,
  input: { kind: BoardSeatKind; label: string },
): Promise<Board> {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const repo = boardRepository(tx.db);
    const id = await repo.insertSeat({
      mutual_id: mutualId,
      kind: input.kind,
      label: input.label,
      position: await repo.nextSeatPosition(mutualId),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'board.seat.create',
      entityType: 'board_seat',
      entityId: id,
      change: input,
    });
    return getBoard(tx, caller, {});
  });
}

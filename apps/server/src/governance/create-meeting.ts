import type { BoardMeeting, CreateBoardMeeting } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { boardRepository } from './board-repository.ts';
import { readMeeting } from './get-meeting.ts';
import { boardManagerMutualOf } from './governance-access.ts';

/** Records a board meeting with its agenda (coordinator or chair); attendance and decisions follow. */
export async function createMeeting(deps: Deps, caller: Caller, input: CreateBoardMeeting): Promise<BoardMeeting> {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const id = await boardRepository(tx.db).insertMeeting({
      mutual_id: mutualId,
      held_on: input.heldOn,
      kind: input.kind ?? 'regular',
      held: input.held ?? true,
      agenda: input.agenda,
      minutes: input.minutes ?? '',
      created_by: caller.userId,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'board.meeting.create',
      entityType: 'board_meeting',
      entityId: id,
      change: { heldOn: input.heldOn, kind: input.kind },
    });
    return readMeeting(tx.db, mutualId, id);
  });
}

import type { BoardMeeting } from '@mutualis/contracts';
import type { DecisionOutcome } from '@mutualis/domain/governance/board';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { notFound } from '../errors.ts';
import { boardRepository } from './board-repository.ts';
import { readMeeting } from './get-meeting.ts';
import { boardManagerMutualOf } from './governance-access.ts';

/** Records a decision of a meeting, numbered in order (coordinator or chair). */
export async function addDecision(
  deps: Deps,
  caller: Caller,
  input: { meetingId: string; text: string; outcome: DecisionOutcome },
): Promise<BoardMeeting> {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const repo = boardRepository(tx.db);
    if (!(await repo.meeting(mutualId, input.meetingId))) throw notFound('meeting');
    await repo.addDecision(mutualId, input.meetingId, input.text, input.outcome);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'board.meeting.decision',
      entityType: 'board_meeting',
      entityId: input.meetingId,
      change: { outcome: input.outcome },
    });
    return readMeeting(tx.db, mutualId, input.meetingId);
  });
}

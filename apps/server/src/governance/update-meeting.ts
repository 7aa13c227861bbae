import type { BoardMeeting } from '@mutualis/contracts';
import type { MeetingKind } from '@mutualis/domain/governance/board';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { notFound } from '../errors.ts';
import { boardRepository } from './board-repository.ts';
import { readMeeting } from './get-meeting.ts';
import { boardManagerMutualOf } from './governance-access.ts';

/** Changes a meeting's date, kind, agenda, minutes or whether it was held (coordinator or chair). */
export async function updateMeeting(
  deps: Deps,
  caller: Caller,
  input: {
    meetingId: string;
    changes: { heldOn?: string; kind?: MeetingKind; held?: boolean; agenda?: string; minutes?: string };
  },
): Promise<BoardMeeting> {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const repo = boardRepository(tx.db);
    if (!(await repo.meeting(mutualId, input.meetingId))) throw notFound('meeting');
    const c = input.changes;
    await repo.updateMeeting(mutualId, input.meetingId, {
      held_on: c.heldOn,
      kind: c.kind,
      held: c.held,
      agenda: c.agenda,
      minutes: c.minutes,
      updated_at: deps.now().toISOString(),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'board.meeting.update',
      entityType: 'board_meeting',
      entityId: input.meetingId,
      change: { heldOn: c.heldOn, kind: c.kind, held: c.held },
    });
    return readMeeting(tx.db, mutualId, input.meetingId);
  });
}

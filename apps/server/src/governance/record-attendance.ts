import type { BoardMeeting } from '@mutualis/contracts';
import { sitsOn } from '@mutualis/domain/governance/board';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid, notFound } from '../errors.ts';
import { boardRepository } from './board-repository.ts';
import { readMeeting } from './get-meeting.ts';
import { boardManagerMutualOf } from './governance-access.ts';

/** Records attendance: the members named are present, every other member sitting that day absent (coordinator or chair). */
export async function recordAttendance(
  deps: Deps,
  caller: Caller,
  input: { meetingId: string; present: string[] },
): Promise<BoardMeeting> {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const repo = boardRepository(tx.db);
    const meeting = await repo.meeting(mutualId, input.meetingId);
    if (!meeting) throw notFound('meeting');
    const members = await repo.members(mutualId);
    const sitting = members.filter((m) => sitsOn({ termStart: m.term_start, termEnd: m.term_end }, meeting.held_on));
    const sittingIds = new Set(sitting.map((m) => m.id));
    const stranger = input.present.findIndex((id) => !sittingIds.has(id));
    if (stranger >= 0) {
      const named = members.find((m) => m.id === input.present[stranger]);
      throw named
        ? invalid(`present.${stranger}`, 'not_sitting_on', { name: named.name, date: meeting.held_on })
        : invalid(`present.${stranger}`, 'no_such_board_member');
    }
    const present = new Set(input.present);
    await repo.setAttendance(
      mutualId,
      meeting.id,
      sitting.map((m) => ({ boardMemberId: m.id, present: present.has(m.id) })),
    );
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'board.meeting.attendance',
      entityType: 'board_meeting',
      entityId: meeting.id,
      change: { present: present.size, sitting: sitting.length },
    });
    return readMeeting(tx.db, mutualId, meeting.id);
  });
}

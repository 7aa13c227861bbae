import type { BoardMeeting } from '@mutualis/contracts';
import {
  type BoardOffice,
  type BoardSeatKind,
  type DecisionOutcome,
  hasQuorum,
  type MeetingKind,
  sitsOn,
} from '@mutualis/domain/governance/board';
import type { Caller, Deps } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { notFound } from '../errors.ts';
import { boardRepository } from './board-repository.ts';
import { documentRepository } from './document-repository.ts';
import { governanceMutualOf } from './governance-access.ts';
import { presentDocument } from './present.ts';

/** A meeting with its attendance (every member sitting that day, present or not), decisions and documents. */
export async function readMeeting(db: Db, mutualId: string, meetingId: string): Promise<BoardMeeting> {
  const repo = boardRepository(db);
  const meeting = await repo.meeting(mutualId, meetingId);
  if (!meeting) throw notFound('meeting');
  const [members, attendance, decisions, docs] = await Promise.all([
    repo.members(mutualId),
    repo.attendance(meetingId),
    repo.decisions(meetingId),
    documentRepository(db).listFor(mutualId, 'board_meeting', [meetingId]),
  ]);
  const presentIds = new Set(attendance.filter((a) => a.present).map((a) => a.board_member_id));
  const sitting = members.filter((m) => sitsOn({ termStart: m.term_start, termEnd: m.term_end }, meeting.held_on));
  const present = sitting.filter((m) => presentIds.has(m.id)).length;
  return {
    id: meeting.id,
    heldOn: meeting.held_on,
    kind: meeting.kind as MeetingKind,
    held: meeting.held,
    agenda: meeting.agenda,
    minutes: meeting.minutes,
    present,
    sitting: sitting.length,
    quorum: hasQuorum(present, sitting.length),
    attendance: sitting.map((m) => ({
      boardMemberId: m.id,
      name: m.name,
      seatKind: m.seat_kind as BoardSeatKind,
      office: m.office as BoardOffice,
      present: presentIds.has(m.id),
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      position: d.position,
      text: d.text,
      outcome: d.outcome as DecisionOutcome,
    })),
    documents: docs.map(presentDocument),
    createdAt: meeting.created_at,
  };
}

/** One meeting of the caller's board. */
export async function getMeeting(deps: Deps, caller: Caller, input: { meetingId: string }): Promise<BoardMeeting> {
  return readMeeting(deps.db, governanceMutualOf(caller), input.meetingId);
}

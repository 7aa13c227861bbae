import type { Board } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { type BoardOffice, type BoardSeatKind, checkBoardComposition, sitsOn } from '@mutualis/domain/governance/board';
import type { Caller, Deps } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { boardRepository } from './board-repository.ts';
import { governanceMutualOf, mayManageBoard } from './governance-access.ts';
import { presentBoardMember } from './present.ts';

/** The board of a mutual as it stands on a day: seats, members (past terms too) and the s.3 check. */
export async function readBoard(db: Db, mutualId: string, on: string): Promise<Omit<Board, 'canManage'>> {
  const repo = boardRepository(db);
  const [seats, members] = await Promise.all([repo.seats(mutualId), repo.members(mutualId)]);
  const sitting = members.filter((m) => sitsOn({ termStart: m.term_start, termEnd: m.term_end }, on));
  const activeSeats = seats.filter((s) => s.active).length;
  const composition = checkBoardComposition(
    sitting.map((m) => ({ seatKind: m.seat_kind as BoardSeatKind, office: m.office as BoardOffice })),
    Math.max(activeSeats, sitting.length),
  );
  return {
    seats: seats.map((s) => {
      const holder = sitting.find((m) => m.seat_id === s.id);
      return {
        id: s.id,
        kind: s.kind as BoardSeatKind,
        label: s.label,
        position: s.position,
        active: s.active,
        holderId: holder?.id ?? null,
        holderName: holder?.name ?? null,
      };
    }),
    members: members.map((m) => presentBoardMember(m, on)),
    composition: { on, ...composition },
  };
}

/** The caller's board (coordinator or board viewer), checked on a day (today by default). */
export async function getBoard(deps: Deps, caller: Caller, input: { on?: string }): Promise<Board> {
  const mutualId = governanceMutualOf(caller);
  const on = input.on ?? todayInMontreal(deps.now());
  const [board, canManage] = await Promise.all([readBoard(deps.db, mutualId, on), mayManageBoard(deps, caller)]);
  return { ...board, canManage };
}

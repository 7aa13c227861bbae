import type { Db } from '../db/client.ts';
import { invalid } from '../errors.ts';
import { boardRepository } from './board-repository.ts';

/** Checks a board member's references and term: the seat, firm and account belong to the mutual; one member per seat at a time. */
export async function checkBoardMember(
  db: Db,
  mutualId: string,
  m: {
    id: string | null;
    seatId: string;
    memberId: string | null;
    userId: string | null;
    termStart: string;
    termEnd: string | null;
  },
) {
  const repo = boardRepository(db);
  if (!(await repo.seat(mutualId, m.seatId))) throw invalid('seatId', 'no_such_board_seat');
  if (m.memberId && !(await repo.memberOfMutual(mutualId, m.memberId))) throw invalid('memberId', 'no_such_member');
  if (m.userId && !(await repo.boardViewerOfMutual(mutualId, m.userId)))
    throw invalid('userId', 'board_viewer_of_mutual');
  if (m.termEnd && m.termEnd < m.termStart) throw invalid('termEnd', 'before_term_start');
  const overlap = await repo.overlappingOnSeat(mutualId, m.seatId, m.termStart, m.termEnd, m.id);
  if (overlap.length > 0) throw invalid('termStart', 'seat_held_during_term', { name: overlap[0].name });
}

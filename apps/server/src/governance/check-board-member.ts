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
  if (!(await repo.seat(mutualId, m.seatId))) throw invalid('seatId', 'no such seat on this board');
  if (m.memberId && !(await repo.memberOfMutual(mutualId, m.memberId)))
    throw invalid('memberId', 'no such member firm in this mutual');
  if (m.userId && !(await repo.boardViewerOfMutual(mutualId, m.userId)))
    throw invalid('userId', 'must be a board viewer account of this mutual');
  if (m.termEnd && m.termEnd < m.termStart) throw invalid('termEnd', 'cannot be before the start of the term');
  const overlap = await repo.overlappingOnSeat(mutualId, m.seatId, m.termStart, m.termEnd, m.id);
  if (overlap.length > 0) throw invalid('termStart', `the seat is held by ${overlap[0].name} during this term`);
}

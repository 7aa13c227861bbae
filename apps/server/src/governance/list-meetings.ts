import { pageOf } from '@mutualis/contracts';
import { hasQuorum, type MeetingKind, sitsOn } from '@mutualis/domain/governance/board';
import type { Caller, Deps } from '../caller.ts';
import { boardRepository } from './board-repository.ts';
import { governanceMutualOf } from './governance-access.ts';

/** A page of the board's meetings, newest first, with attendance and quorum. */
export async function listMeetings(
  deps: Deps,
  caller: Caller,
  query: { year?: number; page: number; pageSize: number },
) {
  const mutualId = governanceMutualOf(caller);
  const repo = boardRepository(deps.db);
  const [rows, total, members] = await Promise.all([
    repo.meetings(mutualId, { year: query.year }, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.countMeetings(mutualId, { year: query.year }),
    repo.members(mutualId),
  ]);
  const items = rows.map((g) => {
    const sitting = members.filter((m) => sitsOn({ termStart: m.term_start, termEnd: m.term_end }, g.held_on)).length;
    return {
      id: g.id,
      heldOn: g.held_on,
      kind: g.kind as MeetingKind,
      held: g.held,
      present: g.present,
      sitting,
      quorum: hasQuorum(g.present, sitting),
      decisions: g.decisions,
    };
  });
  return pageOf(items, total, query);
}

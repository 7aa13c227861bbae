import { type Leader, pageOf } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { governanceMutualOf } from './governance-access.ts';
import { leaderRepository } from './leader-repository.ts';
import { presentLeader } from './present.ts';

/** Leaders with their involvement by year. */
export async function readLeaders(
  db: Db,
  mutualId: string,
  today: string,
  page: { limit: number; offset: number },
  ids?: string[],
): Promise<Leader[]> {
  const repo = leaderRepository(db);
  const rows = await repo.list(mutualId, page, ids);
  const involvement = await repo.involvement(
    mutualId,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    presentLeader(
      r,
      involvement
        .filter((i) => i.leader_id === r.id)
        .map((i) => ({
          year: i.year,
          meetings: i.meetings,
          firmsRecruited: i.firms,
          resourcesCents: Number(i.resources),
        })),
      today,
    ),
  );
}

/** A page of the mutual's leaders (current first) and their involvement over time. */
export async function listLeaders(deps: Deps, caller: Caller, query: { page: number; pageSize: number }) {
  const mutualId = governanceMutualOf(caller);
  const [items, total] = await Promise.all([
    readLeaders(deps.db, mutualId, todayInMontreal(deps.now()), {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    leaderRepository(deps.db).count(mutualId),
  ]);
  return pageOf(items, total, query);
}

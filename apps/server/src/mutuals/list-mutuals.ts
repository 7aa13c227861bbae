import { type MutualList, type MutualListQuery, pageOf } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentMutual } from './present.ts';
import { mutualRepository } from './repository.ts';

/** A page of every mutual, by name (platform administrator). */
export async function listMutuals(deps: Deps, _caller: Caller, query: MutualListQuery): Promise<MutualList> {
  const repo = mutualRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.list({ limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.count(),
  ]);
  return pageOf(rows.map(presentMutual), total, query);
}

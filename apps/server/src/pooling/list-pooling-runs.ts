import { type PoolingRunListQuery, pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { presentRunListItem } from './present.ts';
import { poolingRepository } from './repository.ts';

/** A page of the mutual's runs, newest first, without their problems and plans. */
export async function listPoolingRuns(deps: Deps, caller: Caller, query: PoolingRunListQuery) {
  const mutualId = mutualOf(caller);
  const { page, pageSize } = query;
  const repo = poolingRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.listRuns(mutualId, { limit: pageSize, offset: (page - 1) * pageSize }),
    repo.countRuns(mutualId),
  ]);
  return pageOf(rows.map(presentRunListItem), total, { page, pageSize });
}

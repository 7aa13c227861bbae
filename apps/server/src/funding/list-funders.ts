import { pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { presentFunder } from './present.ts';
import { fundingRepository } from './repository.ts';

/** The mutual's funders, by name. */
export async function listFunders(deps: Deps, caller: Caller, query: { page: number; pageSize: number }) {
  const mutualId = mutualOf(caller);
  const repo = fundingRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.funders(mutualId, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.countFunders(mutualId),
  ]);
  return pageOf(rows.map(presentFunder), total, query);
}

import { pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { presentProgramme } from './present.ts';
import { fundingRepository } from './repository.ts';

/** The mutual's funding programmes, newest first. */
export async function listProgrammes(deps: Deps, caller: Caller, query: { page: number; pageSize: number }) {
  const mutualId = mutualOf(caller);
  const repo = fundingRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.programmes(mutualId, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.countProgrammes(mutualId),
  ]);
  return pageOf(rows.map(presentProgramme), total, query);
}

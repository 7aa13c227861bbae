import { type NeedListQuery, pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { presentNeeds } from './present.ts';
import { needRepository } from './repository.ts';

/** A page of the needs the caller may see: all of the mutual's (coordinator) or its firm's (member contact). */
export async function listNeeds(deps: Deps, caller: Caller, query: NeedListQuery) {
  const scope = memberScopeOf(caller);
  const { page, pageSize, ...filter } = query;
  const repo = needRepository(deps.db);
  const [rows, total] = await Promise.all([repo.list(scope, filter, page, pageSize), repo.count(scope, filter)]);
  return pageOf(await presentNeeds(deps.db, rows), total, { page, pageSize });
}

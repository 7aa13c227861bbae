import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type NeedRow, needRepository } from './repository.ts';

/** The need if the caller may see it (its mutual's coordinator, its firm's contact); 404 otherwise. */
export async function visibleNeed(deps: Deps, caller: Caller, needId: string): Promise<NeedRow> {
  const row = await needRepository(deps.db).find(memberScopeOf(caller), needId);
  if (!row) throw notFound('need');
  return row;
}

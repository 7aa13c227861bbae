import type { Caller, Deps } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type MutualRow, mutualRepository } from './repository.ts';

/** The mutual if the caller may see it (the platform administrator any, everyone else only its own); 404 otherwise. */
export async function visibleMutual(deps: Deps, caller: Caller, mutualId: string): Promise<MutualRow> {
  if (caller.role !== 'platform_admin' && caller.mutualId !== mutualId) throw notFound('mutual');
  const row = await mutualRepository(deps.db).find(mutualId);
  if (!row) throw notFound('mutual');
  return row;
}

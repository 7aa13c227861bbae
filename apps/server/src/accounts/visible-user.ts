import type { Caller, Deps } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type AccountRow, accountRepository } from './account-repository.ts';
import { managesMutual } from './managed-mutual.ts';

/** The account if the caller manages it (its mutual's, or any for the platform administrator); 404 otherwise. */
export async function visibleUser(deps: Deps, caller: Caller, userId: string): Promise<AccountRow> {
  const row = await accountRepository(deps.db).find(userId);
  if (!row || !managesMutual(caller, row.mutualId)) throw notFound('account');
  return row;
}

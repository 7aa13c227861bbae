import { pageOf, type UserListQuery, type UserPage } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { accountRepository } from './account-repository.ts';
import { managedMutual } from './managed-mutual.ts';
import { presentUsers } from './present.ts';

/** A page of the accounts the caller manages: its mutual's, or all (or one mutual's) for the platform administrator. */
export async function listUsers(deps: Deps, caller: Caller, query: UserListQuery): Promise<UserPage> {
  const mutualId = managedMutual(caller, query.mutualId);
  const { rows, total } = await accountRepository(deps.db).list({ ...query, mutualId });
  return pageOf(await presentUsers(deps, rows), total, query);
}

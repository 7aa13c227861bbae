import type { User } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentUsers } from './present.ts';
import { visibleUser } from './visible-user.ts';

/** One account the caller manages; another mutual's is not found. */
export async function getUser(deps: Deps, caller: Caller, input: { userId: string }): Promise<User> {
  return (await presentUsers(deps, [await visibleUser(deps, caller, input.userId)]))[0];
}

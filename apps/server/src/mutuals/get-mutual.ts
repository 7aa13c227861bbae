import type { Mutual } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentMutual } from './present.ts';
import { visibleMutual } from './visible-mutual.ts';

/** One mutual: any for the platform administrator, only one's own for everyone else. */
export async function getMutual(deps: Deps, caller: Caller, input: { mutualId: string }): Promise<Mutual> {
  return presentMutual(await visibleMutual(deps, caller, input.mutualId));
}

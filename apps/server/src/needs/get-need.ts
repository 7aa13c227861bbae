import type { Need } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentNeeds } from './present.ts';
import { visibleNeed } from './visible-need.ts';

/** One need the caller may see. */
export async function getNeed(deps: Deps, caller: Caller, input: { needId: string }): Promise<Need> {
  return (await presentNeeds(deps.db, [await visibleNeed(deps, caller, input.needId)]))[0];
}

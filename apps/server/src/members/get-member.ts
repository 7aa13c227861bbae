import type { Member } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentMember } from './present.ts';
import { visibleMember } from './visible-member.ts';

/** A member the caller may see: any of its mutual for a coordinator, only its own firm for a member contact. */
export async function getMember(deps: Deps, caller: Caller, input: { memberId: string }): Promise<Member> {
  return presentMember(await visibleMember(deps, caller, input.memberId));
}

import { type MemberContactList, pageOf } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentContact } from './present.ts';
import { memberRepository } from './repository.ts';
import { visibleMember } from './visible-member.ts';

/** A page of the contacts of a member the caller may see (coordinator: any of its mutual; member contact: its own). */
export async function listMemberContacts(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; page: number; pageSize: number },
): Promise<MemberContactList> {
  const { page, pageSize } = input;
  const member = await visibleMember(deps, caller, input.memberId);
  const { items, total } = await memberRepository(deps.db).contacts(member.id, member.mutual_id, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return pageOf(items.map(presentContact), total, { page, pageSize });
}

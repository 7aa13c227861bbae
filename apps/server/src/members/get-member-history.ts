import { type MemberHistory, pageOf } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentHistoryEntry } from './present.ts';
import { memberRepository } from './repository.ts';
import { visibleMember } from './visible-member.ts';

/** A page of the audit history of a member the caller may see and of its contacts, newest first. */
export async function getMemberHistory(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; page: number; pageSize: number },
): Promise<MemberHistory> {
  const { page, pageSize } = input;
  const member = await visibleMember(deps, caller, input.memberId);
  const { items, total } = await memberRepository(deps.db).history(member.id, member.mutual_id, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return pageOf(items.map(presentHistoryEntry), total, { page, pageSize });
}

import { type MemberList, type MemberListQuery, pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { memberFilterOf } from './member-filter.ts';
import { presentMember } from './present.ts';
import { memberRepository } from './repository.ts';

/** One page of the caller's mutual's members (coordinators), with the total that match. */
export async function listMembers(deps: Deps, caller: Caller, query: MemberListQuery): Promise<MemberList> {
  const { sort, order, page, pageSize, ...filter } = query;
  const { items, total } = await memberRepository(deps.db).list(
    memberFilterOf(mutualOf(caller), filter),
    sort,
    order,
    page,
    pageSize,
  );
  return pageOf(items.map(presentMember), total, { page, pageSize });
}

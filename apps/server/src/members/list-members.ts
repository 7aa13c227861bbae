import type { MemberList, MemberListQuery } from '@mutualis/contracts';
import { foldForSearch, type SizeClass } from '@mutualis/domain/reference/index';
import { type MemberFilter, memberRepository } from './repository.ts';
import type { MemberStatus } from '../db/tables.ts';
import type { Deps } from '../caller.ts';
import { toMember } from './member-views.ts';

export interface MemberFilterInput {
  search?: string;
  status?: MemberStatus;
  region?: string;
  sizeClass?: SizeClass;
  sector?: string;
}

/** The repository filter for the caller's mutual, with the search folded like the stored key. */
export function memberFilterOf(mutualId: string, q: MemberFilterInput): MemberFilter {
  const search = q.search ? foldForSearch(q.search).replace(/\s+/g, ' ') : undefined;
  return { mutualId, search: search || undefined, status: q.status, region: q.region, sizeClass: q.sizeClass, sector: q.sector };
}

/** One page of the mutual's members, with the total that match. */
export async function listMembers(deps: Deps, mutualId: string, q: MemberListQuery): Promise<MemberList> {
  const { items, total } = await memberRepository(deps.db).list(memberFilterOf(mutualId, q), q.sort, q.order, q.page, q.pageSize);
  return { items: items.map(toMember), page: q.page, pageSize: q.pageSize, total };
}

import type { MemberListQuery } from '@mutualis/contracts';
import { foldForSearch } from '@mutualis/domain/reference/index';
import type { MemberFilter } from './repository.ts';

/** The filters a member list or export takes. */
export type MemberFilterInput = Pick<MemberListQuery, 'search' | 'status' | 'region' | 'sizeClass' | 'sector'>;

/** The repository filter for the mutual, with the search folded like the stored key. */
export function memberFilterOf(mutualId: string, q: MemberFilterInput): MemberFilter {
  const search = q.search ? foldForSearch(q.search).replace(/\s+/g, ' ') : undefined;
  return {
    mutualId,
    search: search || undefined,
    status: q.status,
    region: q.region,
    sizeClass: q.sizeClass,
    sector: q.sector,
  };
}

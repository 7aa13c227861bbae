import { type Caller, type Deps, memberScopeOf, scopeIncludesMember } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type MemberRow, memberRepository } from './repository.ts';

/**
 * The member firm if the caller may see it (any firm of its mutual for a coordinator, its own firm
 * for a member contact); 404 otherwise. `forUpdate` locks the row for the caller's transaction.
 */
export async function visibleMember(
  deps: Deps,
  caller: Caller,
  memberId: string,
  options: { forUpdate?: boolean } = {},
): Promise<MemberRow> {
  const scope = memberScopeOf(caller);
  if (!scopeIncludesMember(scope, memberId)) throw notFound('member');
  const members = memberRepository(deps.db);
  const row = options.forUpdate
    ? await members.findForUpdate(memberId, scope.mutualId)
    : await members.find(memberId, scope.mutualId);
  if (!row) throw notFound('member');
  return row;
}

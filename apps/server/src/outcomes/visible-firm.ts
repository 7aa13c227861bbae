import { type Caller, type Deps, memberScopeOf, mutualOf, scopeIncludesMember } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type FirmRef, outcomeRepository } from './repository.ts';

export interface VisibleFirm {
  ref: FirmRef;
  mutualId: string;
  name: string;
}

/** The member if the caller's scope reaches it (its mutual's coordinator, its own contact); 404 otherwise. */
export async function visibleMember(deps: Deps, caller: Caller, memberId: string): Promise<VisibleFirm> {
  const scope = memberScopeOf(caller);
  const member = scopeIncludesMember(scope, memberId)
    ? await outcomeRepository(deps.db).member(scope.mutualId, memberId)
    : undefined;
  if (!member) throw notFound('member');
  return { ref: { kind: 'member', id: member.id }, mutualId: member.mutual_id, name: member.legal_name };
}

/** A prospect of the caller's mutual (coordinators); 404 otherwise. */
export async function visibleProspect(deps: Deps, caller: Caller, prospectId: string): Promise<VisibleFirm> {
  const mutualId = mutualOf(caller);
  const prospect = await outcomeRepository(deps.db).prospect(mutualId, prospectId);
  if (!prospect) throw notFound('prospect');
  return { ref: { kind: 'prospect', id: prospect.id }, mutualId, name: prospect.legal_name };
}

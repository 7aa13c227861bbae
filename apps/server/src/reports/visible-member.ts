import { type Caller, type Deps, memberScopeOf, scopeIncludesMember } from '../caller.ts';
import { notFound } from '../errors.ts';
import { reportRepository } from './repository.ts';

/** The member if the caller may see its figures (its mutual's coordinator, its own contact); 404 otherwise. */
export async function visibleMember(deps: Deps, caller: Caller, memberId: string) {
  const scope = memberScopeOf(caller);
  if (!scopeIncludesMember(scope, memberId)) throw notFound('member');
  const [member] = await reportRepository(deps.db).members(scope.mutualId, [memberId]);
  if (!member) throw notFound('member');
  return { scope, member: { ...member, annual_payroll_cents: Number(member.annual_payroll_cents) } };
}

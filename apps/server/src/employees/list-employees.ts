import type { EmployeeList, EmployeeListQuery } from '@mutualis/contracts';
import { foldForSearch } from '@mutualis/domain/reference/index';
import { type EmployeeFilter, employeeRepository } from './employee-repository.ts';
import { memberRepository } from '../members/index.ts';
import { notFound } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { toEmployee } from './employee-views.ts';

type Scope = { mutualId: string; memberId: string | null };

/**
 * The member the request is about, checked against the caller's scope: a member contact only
 * reaches its own firm, a coordinator any firm of its mutual. Anything else is not found.
 */
export async function reachableMemberId(deps: Deps, scope: Scope, memberId: string): Promise<string> {
  if (scope.memberId && scope.memberId !== memberId) throw notFound('Member');
  if (!(await memberRepository(deps.db).find(memberId, scope.mutualId))) throw notFound('Member');
  return memberId;
}

type FilterInput = Pick<EmployeeListQuery, 'search' | 'status' | 'teer' | 'educationLevel'>;

export function employeeFilterOf(scope: Scope, memberId: string | null, q: FilterInput): EmployeeFilter {
  const search = q.search ? foldForSearch(q.search).replace(/\s+/g, ' ') : '';
  return { mutualId: scope.mutualId, memberId: memberId ?? scope.memberId, search: search || undefined, status: q.status, teer: q.teer, educationLevel: q.educationLevel };
}

/** A page of employees (of one member, or of the whole mutual for a coordinator); logs the access. */
export async function listEmployees(deps: Deps, actor: Caller, scope: Scope, memberId: string | null, q: EmployeeListQuery): Promise<EmployeeList> {
  if (memberId) await reachableMemberId(deps, scope, memberId);
  // The page and its access-log row come from one statement, which commits before we answer.
  const purpose = memberId ? 'employee.list.member' : 'employee.list.mutual';
  const access = { mutualId: scope.mutualId, actorUserId: actor.userId, purpose };
  const filter = employeeFilterOf(scope, memberId, q);
  const { items, total } = await employeeRepository(deps.db).list(filter, q.sort, q.order, q.page, q.pageSize, access);
  return { items: items.map(toEmployee), page: q.page, pageSize: q.pageSize, total };
}

import { type EmployeeList, type EmployeeListQuery, pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { visibleMember } from '../members/index.ts';
import { employeeFilterOf } from './employee-filter.ts';
import { employeeRepository } from './employee-repository.ts';
import { presentEmployee } from './present.ts';

/**
 * A page of employees: of one member the caller may see (memberId), or of the whole mutual for a
 * coordinator (memberId null). The read is written to the access log with the page's ids.
 */
export async function listEmployees(
  deps: Deps,
  caller: Caller,
  input: { memberId: string | null } & EmployeeListQuery,
): Promise<EmployeeList> {
  const { memberId, sort, order, page, pageSize, ...filter } = input;
  const scope = memberScopeOf(caller);
  if (memberId) await visibleMember(deps, caller, memberId);
  // The page is answered once its access-log row is committed (audit: access-log-writer.ts).
  const access = {
    mutualId: scope.mutualId,
    actorUserId: caller.userId,
    purpose: memberId ? 'employee.list.member' : 'employee.list.mutual',
  };
  const { items, total } = await employeeRepository(deps.db).list(
    employeeFilterOf(scope, memberId, filter),
    sort,
    order,
    page,
    pageSize,
    access,
  );
  return pageOf(items.map(presentEmployee), total, { page, pageSize });
}

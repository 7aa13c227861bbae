import type { EmployeeListQuery } from '@mutualis/contracts';
import { foldForSearch } from '@mutualis/domain/reference/index';
import type { MemberScope } from '../caller.ts';
import type { EmployeeFilter } from './employee-repository.ts';

/** The filters an employee list or export takes. */
export type EmployeeFilterInput = Pick<EmployeeListQuery, 'search' | 'status' | 'teer' | 'educationLevel'>;

/** The repository filter: one member's employees, or every employee the scope reaches; the search folded like the stored key. */
export function employeeFilterOf(scope: MemberScope, memberId: string | null, q: EmployeeFilterInput): EmployeeFilter {
  const search = q.search ? foldForSearch(q.search).replace(/\s+/g, ' ') : '';
  return {
    mutualId: scope.mutualId,
    memberId: memberId ?? scope.memberId,
    search: search || undefined,
    status: q.status,
    teer: q.teer,
    educationLevel: q.educationLevel,
  };
}

import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type EmployeeRow, employeeRepository } from './employee-repository.ts';

/** The employee if the caller may see it (any firm of its mutual for a coordinator, its own firm for a member contact); 404 otherwise. */
export async function visibleEmployee(deps: Deps, caller: Caller, employeeId: string): Promise<EmployeeRow> {
  const row = await employeeRepository(deps.db).find(employeeId, memberScopeOf(caller));
  if (!row) throw notFound('employee');
  return row;
}

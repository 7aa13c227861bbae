import type { Employee } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { logEmployeeAccess } from './log-employee-access.ts';
import { presentEmployee } from './present.ts';
import { visibleEmployee } from './visible-employee.ts';

/** One employee the caller may see; the read is written to the access log. */
export async function getEmployee(deps: Deps, caller: Caller, input: { employeeId: string }): Promise<Employee> {
  const row = await visibleEmployee(deps, caller, input.employeeId);
  await logEmployeeAccess(deps.db, caller, {
    mutualId: row.mutual_id,
    employeeIds: [row.id],
    purpose: 'employee.read',
  });
  return presentEmployee(row);
}

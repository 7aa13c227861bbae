import { pageOf, type WageList } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { logEmployeeAccess } from './log-employee-access.ts';
import { presentWage } from './present.ts';
import { visibleEmployee } from './visible-employee.ts';
import { wageRepository } from './wage-repository.ts';

/** A page of the wage history of an employee the caller may see, newest first; the read is written to the access log. */
export async function listWages(
  deps: Deps,
  caller: Caller,
  input: { employeeId: string; page: number; pageSize: number },
): Promise<WageList> {
  const { employeeId, page, pageSize } = input;
  const employee = await visibleEmployee(deps, caller, employeeId);
  const { items, total } = await wageRepository(deps.db).list(employeeId, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  await logEmployeeAccess(deps.db, caller, {
    mutualId: employee.mutual_id,
    employeeIds: [employeeId],
    purpose: 'wage.list',
    entityType: 'wage',
  });
  return pageOf(items.map(presentWage), total, { page, pageSize });
}

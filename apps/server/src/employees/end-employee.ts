import type { Employee, EndEmployeeRequest } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { AppError } from '../errors.ts';
import { updateEmployee } from './update-employee.ts';
import { visibleEmployee } from './visible-employee.ts';

/** Ends the employment of an employee the caller may see, on a date, with a reason; refuses one already ended. */
export async function endEmployee(
  deps: Deps,
  caller: Caller,
  input: { employeeId: string } & EndEmployeeRequest,
): Promise<Employee> {
  const current = await visibleEmployee(deps, caller, input.employeeId);
  if (current.end_date)
    throw new AppError('conflict', 'employee_already_left', {
      params: { date: current.end_date },
      fields: [{ field: 'endDate', code: 'employee_already_left', params: { date: current.end_date } }],
    });
  return updateEmployee(deps, caller, {
    employeeId: input.employeeId,
    changes: { endDate: input.endDate, endReason: input.endReason },
  });
}

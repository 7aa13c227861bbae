import type { MemberScope } from '../caller.ts';
import { AppError } from '../errors.ts';
import type { enrolmentRepository } from './enrolment-repository.ts';

type Repository = ReturnType<typeof enrolmentRepository>;
type Employee = NonNullable<Awaited<ReturnType<Repository['employee']>>>;

/**
 * The checks of an employee to enrol, on what was read of it: of the caller's mutual (and firm, for
 * a member contact), still employed today, not already enrolled or waitlisted there (`active`).
 * Errors name `field`.
 */
export function checkEnrollable(
  employee: Employee | undefined,
  scope: MemberScope,
  input: { today: string; field: string; active: boolean },
): Employee {
  const { today, field, active } = input;
  if (!employee || (scope.memberId && employee.memberId !== scope.memberId)) {
    throw new AppError('not_found', 'employee_not_found', { fields: [{ field, code: 'employee_not_in_firm' }] });
  }
  if (employee.endDate && employee.endDate < today) {
    throw new AppError('validation_failed', 'employee_has_left', { fields: [{ field, code: 'employee_has_left' }] });
  }
  if (active) {
    throw new AppError('already_enrolled', 'already_enrolled', { fields: [{ field, code: 'already_enrolled' }] });
  }
  return employee;
}

/**
 * The employee to enrol in a session, read and checked (checkEnrollable). A step of the enrolment
 * use cases, under the session's row lock.
 */
export async function enrollableEmployee(
  enrolments: Repository,
  scope: MemberScope,
  input: { sessionId: string; employeeId: string; today: string; field: string },
) {
  const { sessionId, employeeId, today, field } = input;
  const employee = await enrolments.employee(employeeId, scope.mutualId);
  const active = Boolean(employee) && (await enrolments.isActive(sessionId, employeeId));
  return checkEnrollable(employee, scope, { today, field, active });
}

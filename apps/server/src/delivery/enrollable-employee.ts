import type { MemberScope } from '../caller.ts';
import { AppError } from '../errors.ts';
import type { enrolmentRepository } from './enrolment-repository.ts';

/**
 * The employee to enrol in a session, checked: of the caller's mutual (and firm, for a member
 * contact), still employed today, not already enrolled or waitlisted there. Errors name `field`.
 * A step of the enrolment use cases, under the session's row lock.
 */
export async function enrollableEmployee(
  enrolments: ReturnType<typeof enrolmentRepository>,
  scope: MemberScope,
  input: { sessionId: string; employeeId: string; today: string; field: string },
) {
  const { sessionId, employeeId, today, field } = input;
  const employee = await enrolments.employee(employeeId, scope.mutualId);
  if (!employee || (scope.memberId && employee.memberId !== scope.memberId)) {
    throw new AppError('not_found', 'Employee not found', { fields: [{ field, message: 'no such employee in your firm' }] });
  }
  if (employee.endDate && employee.endDate < today) {
    throw new AppError('validation_failed', 'This employee has left the firm', { fields: [{ field, message: 'employee has left' }] });
  }
  if (await enrolments.isActive(sessionId, employeeId)) {
    throw new AppError('already_enrolled', 'This employee is already enrolled or waitlisted', { fields: [{ field, message: 'already enrolled' }] });
  }
  return employee;
}

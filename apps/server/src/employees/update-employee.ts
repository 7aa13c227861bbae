import type { Employee, UpdateEmployeeRequest } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { isValidNoc, teerOfNoc } from '@mutualis/domain/reference/index';
import type { Updateable } from 'kysely';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import type { EmployeeTable } from '../db/tables.ts';
import { invalid } from '../errors.ts';
import { changedFields } from '../members/index.ts';
import { checkBirthYear } from './check-birth-year.ts';
import { employeeRepository } from './employee-repository.ts';
import { getEmployee } from './get-employee.ts';
import { presentEmployee } from './present.ts';
import { visibleEmployee } from './visible-employee.ts';

const fieldColumns: Record<string, keyof EmployeeTable> = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  jobTitle: 'job_title',
  nocCode: 'noc_code',
  educationLevel: 'education_level',
  language: 'language',
  birthYear: 'birth_year',
  hireDate: 'hire_date',
  endDate: 'end_date',
  endReason: 'end_reason',
};

/** Changes an employee the caller may see (ending one too: endDate + endReason; null endDate undoes it). Audited old → new. */
export async function updateEmployee(
  deps: Deps,
  caller: Caller,
  input: { employeeId: string; changes: UpdateEmployeeRequest },
): Promise<Employee> {
  const { employeeId, changes } = input;
  checkBirthYear(changes.birthYear, todayInMontreal(deps.now()));
  await inTransaction(deps, async (tx) => {
    const before = await visibleEmployee(tx, caller, employeeId);
    const beforeView = presentEmployee(before);
    const after = { ...beforeView } as Record<string, unknown>;
    const patch: Updateable<EmployeeTable> = {};
    for (const [key, column] of Object.entries(fieldColumns)) {
      const value = (changes as Record<string, unknown>)[key];
      if (value === undefined) continue;
      (patch as Record<string, unknown>)[column] = value;
      after[key] = value;
    }
    if (changes.nocCode !== undefined) {
      if (!isValidNoc(changes.nocCode)) throw invalid('nocCode', 'noc_code');
      patch.teer = teerOfNoc(changes.nocCode);
      after.teer = patch.teer;
    }
    if (changes.endDate === null && changes.endReason === undefined) {
      patch.end_reason = null;
      after.endReason = null;
    }
    const endDate = after.endDate as string | null;
    const endReason = after.endReason as string | null;
    if (endDate && endDate < (after.hireDate as string)) throw invalid('endDate', 'before_hire_date');
    if (endDate && !endReason) throw invalid('endReason', 'required_with_end_date');
    if (!endDate && endReason) throw invalid('endDate', 'required_with_end_reason');
    const change = changedFields(beforeView as unknown as Record<string, unknown>, after, [
      ...Object.keys(fieldColumns),
      'teer',
    ]);
    if (Object.keys(change).length === 0) return;
    patch.updated_at = deps.now().toISOString();
    await employeeRepository(tx.db).update(employeeId, patch);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: before.mutual_id,
      memberId: before.member_id,
      actorUserId: caller.userId,
      action: changes.endDate ? 'employee.end' : 'employee.update',
      entityType: 'employee',
      entityId: employeeId,
      change,
    });
  });
  return getEmployee(deps, caller, { employeeId });
}

import type { CreateEmployeeRequest, Employee } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { teerOfNoc } from '@mutualis/domain/reference/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid } from '../errors.ts';
import { visibleMember } from '../members/index.ts';
import { checkBirthYear } from './check-birth-year.ts';
import { employeeRepository } from './employee-repository.ts';
import { getEmployee } from './get-employee.ts';
import { wageRepository } from './wage-repository.ts';

/** Adds an employee to a member firm the caller may see (TEER derived from the NOC code); with a starting wage if given. */
export async function createEmployee(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; employee: CreateEmployeeRequest },
): Promise<Employee> {
  const { memberId, employee: fields } = input;
  const member = await visibleMember(deps, caller, memberId);
  checkBirthYear(fields.birthYear, todayInMontreal(deps.now()));
  const teer = teerOfNoc(fields.nocCode);
  if (teer === undefined) throw invalid('nocCode', 'noc_code');
  const mutualId = member.mutual_id;
  const id = await inTransaction(deps, async (tx) => {
    const { id } = await employeeRepository(tx.db).insert({
      mutual_id: mutualId,
      member_id: memberId,
      first_name: fields.firstName,
      last_name: fields.lastName,
      email: fields.email ?? null,
      job_title: fields.jobTitle,
      noc_code: fields.nocCode,
      teer,
      education_level: fields.educationLevel,
      language: fields.language ?? 'fr',
      birth_year: fields.birthYear ?? null,
      hire_date: fields.hireDate,
    });
    if (fields.hourlyWageCents) {
      await wageRepository(tx.db).upsert({
        mutual_id: mutualId,
        member_id: memberId,
        employee_id: id,
        effective_on: fields.hireDate,
        hourly_wage_cents: fields.hourlyWageCents,
      });
    }
    const { hourlyWageCents, ...values } = fields;
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      memberId,
      actorUserId: caller.userId,
      action: 'employee.create',
      entityType: 'employee',
      entityId: id,
      change: Object.fromEntries(
        Object.entries({ ...values, teer, hourlyWageCents })
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, { from: null, to: v }]),
      ),
    });
    return id;
  });
  return getEmployee(deps, caller, { employeeId: id });
}

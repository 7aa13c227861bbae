import type { CreateEmployeeRequest, Employee, EndEmployeeRequest, UpdateEmployeeRequest } from '@mutualis/contracts';
import { isValidNoc, teerOfNoc } from '@mutualis/domain/reference/index';
import type { Updateable } from 'kysely';
import { auditRepository } from '../audit/index.ts';
import { employeeRepository } from './employee-repository.ts';
import { wageRepository } from './wage-repository.ts';
import type { EmployeeTable } from '../db/tables.ts';
import { AppError, invalid, notFound } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { reachableMemberId } from './list-employees.ts';
import { changedFields, quebecToday } from '../members/index.ts';
import { logEmployeeAccess, toEmployee } from './employee-views.ts';

type Scope = { mutualId: string; memberId: string | null };

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

function checkBirthYear(birthYear: number | null | undefined, today: string) {
  if (birthYear === null || birthYear === undefined) return;
  const max = Number(today.slice(0, 4)) - 14;
  if (birthYear > max) throw invalid('birthYear', `must be at most ${max}`);
}

/** One employee the caller may see; logs the read. */
export async function getEmployee(deps: Deps, actor: Caller, scope: Scope, employeeId: string): Promise<Employee> {
  const row = await employeeRepository(deps.db).find(employeeId, scope);
  if (!row) throw notFound('Employee');
  await logEmployeeAccess(deps.db, actor, scope.mutualId, [row.id], 'employee.read');
  return toEmployee(row);
}

/** Adds an employee to a member firm (TEER derived from the NOC code); with a starting wage if given. */
export async function createEmployee(deps: Deps, actor: Caller, scope: Scope, memberId: string, input: CreateEmployeeRequest): Promise<Employee> {
  await reachableMemberId(deps, scope, memberId);
  checkBirthYear(input.birthYear, quebecToday(deps.now()));
  const teer = teerOfNoc(input.nocCode);
  if (teer === undefined) throw invalid('nocCode', 'must be a NOC 2021 code of 5 digits');
  const id = await deps.db.transaction().execute(async (trx) => {
    const { id } = await employeeRepository(trx).insert({
      mutual_id: scope.mutualId,
      member_id: memberId,
      first_name: input.firstName,
      last_name: input.lastName,
      email: input.email ?? null,
      job_title: input.jobTitle,
      noc_code: input.nocCode,
      teer,
      education_level: input.educationLevel,
      language: input.language ?? 'fr',
      birth_year: input.birthYear ?? null,
      hire_date: input.hireDate,
    });
    if (input.hourlyWageCents) {
      await wageRepository(trx).upsert({ mutual_id: scope.mutualId, member_id: memberId, employee_id: id, effective_on: input.hireDate, hourly_wage_cents: input.hourlyWageCents });
    }
    const { hourlyWageCents, ...fields } = input;
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId,
      actorUserId: actor.userId,
      action: 'employee.create',
      entityType: 'employee',
      entityId: id,
      change: Object.fromEntries(Object.entries({ ...fields, teer, hourlyWageCents }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, { from: null, to: v }])),
    });
    return id;
  });
  return getEmployee(deps, actor, scope, id);
}

/** Changes an employee (ending one too: endDate + endReason; null endDate undoes it). Audited old → new. */
export async function updateEmployee(deps: Deps, actor: Caller, scope: Scope, employeeId: string, input: UpdateEmployeeRequest): Promise<Employee> {
  checkBirthYear(input.birthYear, quebecToday(deps.now()));
  await deps.db.transaction().execute(async (trx) => {
    const employees = employeeRepository(trx);
    const before = await employees.find(employeeId, scope);
    if (!before) throw notFound('Employee');
    const beforeView = toEmployee(before);
    const after = { ...beforeView } as Record<string, unknown>;
    const patch: Updateable<EmployeeTable> = {};
    for (const [key, column] of Object.entries(fieldColumns)) {
      const value = (input as Record<string, unknown>)[key];
      if (value === undefined) continue;
      (patch as Record<string, unknown>)[column] = value;
      after[key] = value;
    }
    if (input.nocCode !== undefined) {
      if (!isValidNoc(input.nocCode)) throw invalid('nocCode', 'must be a NOC 2021 code of 5 digits');
      patch.teer = teerOfNoc(input.nocCode);
      after.teer = patch.teer;
    }
    if (input.endDate === null && input.endReason === undefined) {
      patch.end_reason = null;
      after.endReason = null;
    }
    const endDate = after.endDate as string | null;
    const endReason = after.endReason as string | null;
    if (endDate && endDate < (after.hireDate as string)) throw invalid('endDate', 'cannot be before the hire date');
    if (endDate && !endReason) throw invalid('endReason', 'is required with an end date');
    if (!endDate && endReason) throw invalid('endDate', 'is required with an end reason');
    const change = changedFields(beforeView as unknown as Record<string, unknown>, after, [...Object.keys(fieldColumns), 'teer']);
    if (Object.keys(change).length === 0) return;
    patch.updated_at = deps.now().toISOString();
    await employees.update(employeeId, patch);
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: before.member_id,
      actorUserId: actor.userId,
      action: input.endDate ? 'employee.end' : 'employee.update',
      entityType: 'employee',
      entityId: employeeId,
      change,
    });
  });
  return getEmployee(deps, actor, scope, employeeId);
}

/** Ends an employment on a date, with a reason. */
export async function endEmployee(deps: Deps, actor: Caller, scope: Scope, employeeId: string, input: EndEmployeeRequest): Promise<Employee> {
  const current = await employeeRepository(deps.db).find(employeeId, scope);
  if (!current) throw notFound('Employee');
  if (current.end_date) throw new AppError('conflict', `This employee already left on ${current.end_date}`, { fields: [{ field: 'endDate', message: 'is already set' }] });
  return updateEmployee(deps, actor, scope, employeeId, { endDate: input.endDate, endReason: input.endReason });
}

import type { AddWageRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { employeeRepository } from './employee-repository.ts';
import { wageRepository } from './wage-repository.ts';
import { invalid, notFound } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { logEmployeeAccess, toWage } from './employee-views.ts';

type Scope = { mutualId: string; memberId: string | null };

/** The wage history of an employee the caller may see, newest first; logs the read. */
export async function listWages(deps: Deps, actor: Caller, scope: Scope, employeeId: string) {
  const employee = await employeeRepository(deps.db).find(employeeId, scope);
  if (!employee) throw notFound('Employee');
  const rows = await wageRepository(deps.db).list(employeeId);
  await logEmployeeAccess(deps.db, actor, scope.mutualId, [employeeId], 'wage.list', 'wage');
  return rows.map(toWage);
}

/** Adds a wage from a date (replacing one with the same date); audited. */
export async function addWage(deps: Deps, actor: Caller, scope: Scope, employeeId: string, input: AddWageRequest) {
  return deps.db.transaction().execute(async (trx) => {
    const employee = await employeeRepository(trx).find(employeeId, scope);
    if (!employee) throw notFound('Employee');
    if (input.effectiveOn < employee.hire_date) throw invalid('effectiveOn', 'cannot be before the hire date');
    const { row, replaced } = await wageRepository(trx).upsert({
      mutual_id: scope.mutualId,
      member_id: employee.member_id,
      employee_id: employeeId,
      effective_on: input.effectiveOn,
      hourly_wage_cents: input.hourlyWageCents,
    });
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: employee.member_id,
      actorUserId: actor.userId,
      action: 'wage.add',
      entityType: 'wage',
      entityId: row.id,
      change: { employeeId, effectiveOn: input.effectiveOn, hourlyWageCents: { from: replaced, to: input.hourlyWageCents } },
    });
    return toWage(row);
  });
}

import type { AddWageRequest, Wage } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid } from '../errors.ts';
import { presentWage } from './present.ts';
import { visibleEmployee } from './visible-employee.ts';
import { wageRepository } from './wage-repository.ts';

/** Adds a wage from a date to an employee the caller may see (replacing one with the same date); audited. */
export async function addWage(
  deps: Deps,
  caller: Caller,
  input: { employeeId: string; wage: AddWageRequest },
): Promise<Wage> {
  const { employeeId, wage } = input;
  return inTransaction(deps, async (tx) => {
    const employee = await visibleEmployee(tx, caller, employeeId);
    if (wage.effectiveOn < employee.hire_date) throw invalid('effectiveOn', 'before_hire_date');
    const { row, replaced } = await wageRepository(tx.db).upsert({
      mutual_id: employee.mutual_id,
      member_id: employee.member_id,
      employee_id: employeeId,
      effective_on: wage.effectiveOn,
      hourly_wage_cents: wage.hourlyWageCents,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: employee.mutual_id,
      memberId: employee.member_id,
      actorUserId: caller.userId,
      action: 'wage.add',
      entityType: 'wage',
      entityId: row.id,
      change: {
        employeeId,
        effectiveOn: wage.effectiveOn,
        hourlyWageCents: { from: replaced, to: wage.hourlyWageCents },
      },
    });
    return presentWage(row);
  });
}

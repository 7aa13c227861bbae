import { pageOf } from '@mutualis/contracts';
import { isValidNoc, teerOfNoc } from '@mutualis/domain/reference/noc';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, memberScopeOf, scopeIncludesMember } from '../caller.ts';
import { AppError, invalid, notFound } from '../errors.ts';
import { outcomeRepository } from './repository.ts';

async function visibleEmployee(deps: Deps, caller: Caller, employeeId: string) {
  const scope = memberScopeOf(caller);
  const employee = await outcomeRepository(deps.db).employee(scope.mutualId, employeeId);
  if (!employee || !scopeIncludesMember(scope, employee.member_id)) throw notFound('employee');
  return employee;
}

const present = (r: {
  id: string;
  employee_id: string;
  effective_on: string;
  job_title: string;
  noc_code: string;
  teer: number;
  created_at: string;
}) => ({
  id: r.id,
  employeeId: r.employee_id,
  effectiveOn: r.effective_on,
  jobTitle: r.job_title,
  nocCode: r.noc_code,
  teer: r.teer,
  createdAt: r.created_at,
});

/** An employee's job class changes, newest first (its firm's contact, the mutual's coordinator). */
export async function listJobChanges(
  deps: Deps,
  caller: Caller,
  input: { employeeId: string; page: number; pageSize: number },
) {
  const employee = await visibleEmployee(deps, caller, input.employeeId);
  const { rows, total } = await outcomeRepository(deps.db).jobChanges(employee.id, {
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return pageOf(rows.map(present), total, input);
}

/** Records that the employee holds a job class from a date (one change a day). */
export async function addJobChange(
  deps: Deps,
  caller: Caller,
  input: { employeeId: string; effectiveOn: string; jobTitle: string; nocCode: string },
) {
  const employee = await visibleEmployee(deps, caller, input.employeeId);
  if (!isValidNoc(input.nocCode)) throw invalid('nocCode', 'noc_code');
  return inTransaction(deps, async (tx) => {
    const repo = outcomeRepository(tx.db);
    if (await repo.jobChangeOn(employee.id, input.effectiveOn))
      throw new AppError('conflict', 'job_change_on_date', {
        fields: [{ field: 'effectiveOn', code: 'job_change_on_date' }],
      });
    const row = await repo.insertJobChange({
      mutual_id: employee.mutual_id,
      member_id: employee.member_id,
      employee_id: employee.id,
      effective_on: input.effectiveOn,
      job_title: input.jobTitle,
      noc_code: input.nocCode,
      teer: teerOfNoc(input.nocCode) as number,
      recorded_by: caller.userId,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: employee.mutual_id,
      memberId: employee.member_id,
      actorUserId: caller.userId,
      action: 'employee.job_change',
      entityType: 'employee',
      entityId: employee.id,
      change: { effectiveOn: input.effectiveOn, nocCode: input.nocCode },
    });
    return present(row);
  });
}

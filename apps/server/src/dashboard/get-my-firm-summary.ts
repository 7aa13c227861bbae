import type { MyFirmSummary } from '@mutualis/contracts';
import { sizeClassOf } from '@mutualis/domain/reference/index';
import type { Caller, Deps } from '../caller.ts';
import { notFound } from '../errors.ts';
import { visibleMember } from '../members/index.ts';
import { dashboardRepository } from './repository.ts';

/** A member contact's own firm at a glance: status, headcount, employee counts. */
export async function getMyFirmSummary(deps: Deps, caller: Caller): Promise<MyFirmSummary> {
  if (!caller.memberId) throw notFound('member');
  const member = await visibleMember(deps, caller, caller.memberId);
  const repo = dashboardRepository(deps.db);
  const [counts, byTeer] = await Promise.all([
    repo.employeesOfMember(member.id),
    repo.employeesOfMemberByTeer(member.id),
  ]);
  return {
    memberId: member.id,
    legalName: member.legal_name,
    status: member.status,
    headcount: member.headcount,
    sizeClass: sizeClassOf(member.headcount),
    currentEmployees: counts.current,
    endedEmployees: counts.ended,
    employeesByTeer: byTeer,
  };
}

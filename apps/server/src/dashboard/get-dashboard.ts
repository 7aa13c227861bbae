import type { Dashboard, MyFirmSummary } from '@mutualis/contracts';
import { sizeClassOf } from '@mutualis/domain/reference/index';
import { dashboardRepository } from './repository.ts';
import { employeeRepository } from '../employees/index.ts';
import { memberRepository } from '../members/index.ts';
import { notFound } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';

/**
 * The mutual's dashboard: counts by status, size class, region, TEER and education, and the
 * last 20 audit entries. Board viewers get no names (neither people nor firms) in the activity.
 */
export async function getDashboard(deps: Deps, actor: Caller, mutualId: string): Promise<Dashboard> {
  const repo = dashboardRepository(deps.db);
  const [byStatus, bySize, byRegion, employees, recent] = await Promise.all([
    repo.membersByStatus(mutualId),
    repo.activeMembersBySizeClass(mutualId),
    repo.activeMembersByRegion(mutualId),
    repo.currentEmployees(mutualId),
    repo.recentActivity(mutualId, 20),
  ]);
  const withNames = actor.role !== 'board_viewer';
  return {
    activeMembers: byStatus.find((s) => s.key === 'active')?.count ?? 0,
    currentEmployees: employees.total,
    membersByStatus: byStatus,
    membersBySizeClass: bySize,
    membersByRegion: byRegion,
    employeesByTeer: employees.byTeer,
    employeesByEducation: employees.byEducation,
    recentActivity: recent.map((r) => ({
      at: r.at,
      action: r.action,
      entityType: r.entity_type,
      // Board viewers see only the kind of change: ids lead to firms and people.
      entityId: withNames ? r.entity_id : null,
      actorName: withNames ? r.actor_name : null,
      memberName: withNames ? r.member_name : null,
    })),
  };
}

/** A member contact's own firm at a glance. */
export async function getMyFirmSummary(deps: Deps, scope: { mutualId: string; memberId: string | null }): Promise<MyFirmSummary> {
  if (!scope.memberId) throw notFound('Member');
  const member = await memberRepository(deps.db).find(scope.memberId, scope.mutualId);
  if (!member) throw notFound('Member');
  const counts = await employeeRepository(deps.db).countByMember(member.id);
  return {
    memberId: member.id,
    legalName: member.legal_name,
    status: member.status,
    headcount: member.headcount,
    sizeClass: sizeClassOf(member.headcount),
    currentEmployees: counts.current,
    endedEmployees: counts.ended,
    employeesByTeer: await dashboardRepository(deps.db).employeesOfMemberByTeer(member.id),
  };
}

import type { Dashboard } from '@mutualis/contracts';
import { type MemberStatus, memberIsCurrent } from '@mutualis/domain/members/index';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { dashboardRepository } from './repository.ts';

/**
 * The caller's mutual's dashboard: counts by status, size class, region, TEER and education, and the
 * last 20 audit entries. Board viewers get no names (neither people nor firms) in the activity.
 */
export async function getDashboard(deps: Deps, caller: Caller): Promise<Dashboard> {
  const mutualId = mutualOf(caller);
  const repo = dashboardRepository(deps.db);
  const [byStatus, bySize, byRegion, employees, recent] = await Promise.all([
    repo.membersByStatus(mutualId),
    repo.activeMembersBySizeClass(mutualId),
    repo.activeMembersByRegion(mutualId),
    repo.currentEmployees(mutualId),
    repo.recentActivity(mutualId, 20),
  ]);
  const withNames = caller.role !== 'board_viewer';
  return {
    activeMembers: byStatus.filter((s) => memberIsCurrent(s.key as MemberStatus)).reduce((sum, s) => sum + s.count, 0),
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

import { type EnrolmentListQuery, pageOf } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { presentEnrolment } from './present.ts';

/** A page of the enrolments across sessions, newest first (a member contact: its firm's). Access to names is logged. */
export async function listEnrolments(deps: Deps, caller: Caller, query: EnrolmentListQuery) {
  const { page, pageSize, employeeId } = query;
  const scope = memberScopeOf(caller);
  const repo = enrolmentRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.listForMember(scope, employeeId, { page, pageSize }),
    repo.countForMember(scope, employeeId),
  ]);
  await auditRepository(deps.db).recordAccess({
    mutualId: scope.mutualId,
    actorUserId: caller.userId,
    entityType: 'employee',
    entityIds: [...new Set(rows.map((r) => r.employeeId))],
    purpose: 'enrolments',
  });
  // the waitlisted rows' ranks in one statement (each row asked its own, one after the other, before)
  const ranks = await repo.waitlistRanks(rows.filter((r) => r.status === 'waitlisted'));
  const items = [];
  for (const r of rows) items.push(await presentEnrolment(deps.db, r, caller.locale, ranks.get(r.id)));
  return pageOf(items, total, { page, pageSize });
}

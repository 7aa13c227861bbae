import { pageOf } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { presentEnrolment } from './present.ts';
import { visibleSession } from './visible-session.ts';

/** A page of a session's enrolments in arrival order; a member contact sees only its own employees. Access to names is logged. */
export async function listSessionEnrolments(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string; page: number; pageSize: number },
) {
  const { sessionId, page, pageSize } = input;
  const scope = memberScopeOf(caller);
  const repo = enrolmentRepository(deps.db);
  // the page and its total are read while the session's visibility is checked; nothing read is
  // answered or logged unless the caller may see the session (one round of statements, not two)
  const [, rows, total] = await Promise.all([
    visibleSession(deps, caller, sessionId),
    repo.listForSession(sessionId, scope.memberId, undefined, { limit: pageSize, offset: (page - 1) * pageSize }),
    repo.countForSession(sessionId, scope.memberId),
  ]);
  // the waitlist rank is the place among every waitlisted enrolment of the session, in arrival order;
  // read only for a page that shows someone waiting, while the access is logged
  const [, waiting] = await Promise.all([
    auditRepository(deps.db).recordAccess({
      mutualId: scope.mutualId,
      actorUserId: caller.userId,
      entityType: 'employee',
      entityIds: [...new Set(rows.map((r) => r.employeeId))],
      purpose: 'session enrolments',
    }),
    rows.some((r) => r.status === 'waitlisted') ? repo.waitlist(sessionId) : [],
  ]);
  const rank = new Map(waiting.map((w, i) => [w.id, i + 1]));
  const items = [];
  for (const r of rows)
    items.push(
      await presentEnrolment(deps.db, r, caller.locale, r.status === 'waitlisted' ? rank.get(r.id) : undefined),
    );
  return pageOf(items, total, { page, pageSize });
}

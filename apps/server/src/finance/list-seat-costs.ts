import { pageOf } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { SEAT_COST_SESSION_STATES } from '@mutualis/domain/finance/vocabulary';
import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { invalid, notFound } from '../errors.ts';
import { billingRepository } from './billing-repository.ts';
import { getSeatCost } from './get-seat-cost.ts';

/** The sessions a firm may still enrol in, soonest first, each with what one more seat would cost it. */
export async function listSeatCosts(
  deps: Deps,
  caller: Caller,
  query: { memberId?: string; page: number; pageSize: number },
) {
  const scope = memberScopeOf(caller);
  const memberId = scope.memberId ?? query.memberId;
  if (!memberId) throw invalid('memberId', 'required');
  if (scope.memberId && query.memberId && query.memberId !== scope.memberId) throw notFound('member');
  const repo = billingRepository(deps.db);
  const { ids, total } = await repo.openSessions(
    scope.mutualId,
    SEAT_COST_SESSION_STATES,
    todayInMontreal(deps.now()),
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    scope.memberId,
  );
  const sessions = new Map((await repo.sessions(scope.mutualId, ids)).map((s) => [s.id, s]));
  const items = [];
  for (const id of ids) {
    const s = sessions.get(id);
    if (!s) continue;
    const cost = await getSeatCost(deps, caller, { sessionId: id, memberId });
    items.push({
      ...cost,
      titleFr: s.title_fr,
      titleEn: s.title_en,
      status: s.status,
      firstDay: s.first_day,
      lastDay: s.last_day,
    });
  }
  return pageOf(items, total, query);
}

import { pageOf } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { billingRepository } from './billing-repository.ts';
import { presentInvoiceSummary } from './present-billing.ts';

/** A page of invoices and credit notes: all of the mutual's (coordinator) or the firm's own (member contact). */
export async function listInvoices(
  deps: Deps,
  caller: Caller,
  query: {
    status?: string;
    kind?: string;
    memberId?: string;
    sessionId?: string;
    overdue?: boolean;
    search?: string;
    page: number;
    pageSize: number;
  },
) {
  const scope = memberScopeOf(caller);
  const today = todayInMontreal(deps.now());
  const filter = {
    memberId: scope.memberId ?? query.memberId,
    status: query.status,
    kind: query.kind,
    sessionId: query.sessionId,
    overdueOn: query.overdue ? today : undefined,
    search: query.search,
  };
  if (scope.memberId && query.memberId && query.memberId !== scope.memberId) return pageOf([], 0, query);
  const repo = billingRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.list(scope.mutualId, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.count(scope.mutualId, filter),
  ]);
  return pageOf(
    rows.map((r) => presentInvoiceSummary(r, today)),
    total,
    query,
  );
}

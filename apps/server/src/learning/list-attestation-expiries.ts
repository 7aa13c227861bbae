import { type AttestationExpiryList, type AttestationExpiryQuery, pageOf } from '@mutualis/contracts';
import { addDays, todayInMontreal } from '@mutualis/domain/dates';
import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { presentExpiry } from './present.ts';
import { learningRepository } from './repository.ts';

/**
 * Attestations that expire within the horizon or have expired (not renewed since, employee still
 * employed), soonest first: every firm of the mutual for a coordinator (or one it names), the
 * firm's own for a member contact.
 */
export async function listAttestationExpiries(
  deps: Deps,
  caller: Caller,
  query: AttestationExpiryQuery,
): Promise<AttestationExpiryList> {
  const scope = memberScopeOf(caller);
  const today = todayInMontreal(deps.now());
  const filter = {
    status: query.status,
    until: addDays(today, query.withinDays),
    memberId: scope.memberId ?? query.memberId ?? null,
  };
  const repo = learningRepository(deps.db);
  const paging = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const rows = await repo.listExpiries(scope.mutualId, today, filter, paging);
  const total = await repo.countExpiries(scope.mutualId, today, filter);
  return pageOf(
    rows.map((r) => presentExpiry(r, today, query.withinDays)),
    total,
    query,
  );
}

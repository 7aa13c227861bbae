import { pageOf } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { governanceMutualOf } from './governance-access.ts';
import { type PartnerFilter, partnerRepository } from './partner-repository.ts';
import { presentPartnerSummary } from './present.ts';

/** A page of the mutual's partner organisations, by name, with the kinds of support each gave. */
export async function listPartners(
  deps: Deps,
  caller: Caller,
  query: { kind?: string; active?: 'true' | 'false'; page: number; pageSize: number },
) {
  const mutualId = governanceMutualOf(caller);
  const today = todayInMontreal(deps.now());
  const filter: PartnerFilter = {
    kind: query.kind,
    active: query.active ? { on: today, value: query.active === 'true' } : undefined,
  };
  const repo = partnerRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.list(mutualId, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.count(mutualId, filter),
  ]);
  return pageOf(
    rows.map((r) => presentPartnerSummary(r, today)),
    total,
    query,
  );
}

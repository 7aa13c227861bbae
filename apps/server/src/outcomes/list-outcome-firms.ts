import { type OutcomeFirm, pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { presentFirmYear } from './present.ts';
import { outcomeRepository } from './repository.ts';

/** A page of the firms asked for outcomes (members but prospects, and reporting prospects), with the year's figures, consent and form link. */
export async function listOutcomeFirms(
  deps: Deps,
  caller: Caller,
  query: { year: number; reported?: 'yes' | 'no'; page: number; pageSize: number },
) {
  const mutualId = mutualOf(caller);
  const repo = outcomeRepository(deps.db);
  const { rows, total } = await repo.firmsPage(mutualId, query.year, query.reported, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const ids = rows.map((r) => r.id);
  const [years, consenting, requests] = await Promise.all([
    repo.yearRows(mutualId, query.year),
    repo.consentingFirms(mutualId, ids),
    repo.latestRequests(mutualId, query.year, ids),
  ]);
  const yearOf = new Map(years.map((y) => [(y.member_id ?? y.prospect_id) as string, y]));
  const items: OutcomeFirm[] = rows.map((r) => {
    const outcome = yearOf.get(r.id);
    return {
      firmKind: r.kind,
      firmId: r.id,
      firmName: r.legal_name,
      status: r.status,
      consentGranted: consenting.has(r.id),
      outcome: outcome ? presentFirmYear(outcome, r.legal_name) : null,
      request: requests.get(r.id) ?? null,
    };
  });
  return pageOf(items, total, query);
}

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
  const { rows, total } = await outcomeRepository(deps.db).firmsPage(
    mutualOf(caller),
    query.year,
    query.reported,
    query,
  );
  const items: OutcomeFirm[] = rows.map((r) => ({
    firmKind: r.kind,
    firmId: r.id,
    firmName: r.legalName,
    status: r.status,
    consentGranted: r.consentGranted,
    outcome: r.outcome ? presentFirmYear(r.outcome, r.legalName) : null,
    request: r.request,
  }));
  return pageOf(items, total, query);
}

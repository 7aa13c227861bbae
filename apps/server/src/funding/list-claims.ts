import { pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { presentClaimSummary } from './present.ts';
import { fundingRepository } from './repository.ts';

/** The mutual's claims, newest first. */
export async function listClaims(
  deps: Deps,
  caller: Caller,
  query: { status?: string; page: number; pageSize: number },
) {
  const mutualId = mutualOf(caller);
  const repo = fundingRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.claims(mutualId, query.status, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.countClaims(mutualId, query.status),
  ]);
  return pageOf(rows.map(presentClaimSummary), total, query);
}

import { pageOf, type ReceivedClaim } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { forbidden, notFound } from '../errors.ts';
import { funderOfAccount, observedMutualIds } from '../observatory/index.ts';
import { fundingRepository } from './repository.ts';

/**
 * For a funder organisation's account: the claims the mutuals that linked one of their funders to
 * it have sent it (not drafts), with their period, status and amounts — never a session, an
 * invoice or a person. `mutualId`, when given, must be a mutual the account observes (404).
 */
export async function listReceivedClaims(
  deps: Deps,
  caller: Caller,
  query: { mutualId?: string; page: number; pageSize: number },
) {
  const funderId = await funderOfAccount(deps.db, caller.userId);
  if (caller.role !== 'funder' || !funderId) throw forbidden();
  if (query.mutualId && !(await observedMutualIds(deps.db, caller)).includes(query.mutualId)) throw notFound('mutual');
  const repo = fundingRepository(deps.db);
  const page = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const [rows, total] = await Promise.all([
    repo.receivedClaims(funderId, query.mutualId, page),
    repo.countReceivedClaims(funderId, query.mutualId),
  ]);
  const items: ReceivedClaim[] = rows.map((c) => ({
    id: c.id,
    number: c.number,
    mutualId: c.mutual_id,
    mutualName: c.mutual_name,
    programmeName: c.programme_name,
    periodFrom: c.period_from,
    periodTo: c.period_to,
    status: c.status,
    submittedOn: c.submitted_on,
    claimedCents: Number(c.claimed_cents),
    receivedCents: Number(c.received_cents),
    refusedCents: Number(c.refused_cents),
    outstandingCents: Number(c.claimed_cents) - Number(c.received_cents) - Number(c.refused_cents),
  }));
  return pageOf(items, total, query);
}

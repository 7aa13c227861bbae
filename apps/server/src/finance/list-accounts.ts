import { pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { ensureBooks } from './books.ts';
import { ledgerRepository } from './ledger-repository.ts';
import { presentAccount } from './present.ts';

/** The chart of accounts in code order, each with its balance to date. */
export async function listAccounts(deps: Deps, caller: Caller, query: { page: number; pageSize: number }) {
  const mutualId = mutualOf(caller);
  await ensureBooks(deps.db, mutualId);
  const repo = ledgerRepository(deps.db);
  const [accounts, totals] = await Promise.all([repo.accounts(mutualId), repo.totalsByAccount(mutualId, {})]);
  const start = (query.page - 1) * query.pageSize;
  return pageOf(
    accounts.slice(start, start + query.pageSize).map((a) => presentAccount(a, totals.get(a.id))),
    accounts.length,
    query,
  );
}

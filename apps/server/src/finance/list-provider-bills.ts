import { pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { billRepository } from './bill-repository.ts';
import { presentBill } from './present-billing.ts';

/** A page of providers' bills, newest first. */
export async function listProviderBills(
  deps: Deps,
  caller: Caller,
  query: { status?: string; page: number; pageSize: number },
) {
  const mutualId = mutualOf(caller);
  const repo = billRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.list(mutualId, query.status, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.count(mutualId, query.status),
  ]);
  return pageOf(rows.map(presentBill), total, query);
}

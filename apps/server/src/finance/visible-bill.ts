import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type BillRow, billRepository } from './bill-repository.ts';

/** The bill if it is of the caller's mutual; 404 otherwise. */
export async function visibleBill(deps: Deps, caller: Caller, billId: string): Promise<BillRow> {
  const row = await billRepository(deps.db).find(mutualOf(caller), billId);
  if (!row) throw notFound('provider_bill');
  return row;
}

import type { ProviderBill } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentBill } from './present-billing.ts';
import { visibleBill } from './visible-bill.ts';

/** One provider bill. */
export async function getProviderBill(deps: Deps, caller: Caller, input: { billId: string }): Promise<ProviderBill> {
  return presentBill(await visibleBill(deps, caller, input.billId));
}

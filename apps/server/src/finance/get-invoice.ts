import type { Invoice } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { presentInvoices } from './present-billing.ts';
import { visibleInvoice } from './visible-invoice.ts';

/** One invoice or credit note with its lines, subsidies, payments and credit notes. */
export async function getInvoice(deps: Deps, caller: Caller, input: { invoiceId: string }): Promise<Invoice> {
  const row = await visibleInvoice(deps, caller, input.invoiceId);
  const [invoice] = await presentInvoices(deps.db, [row], todayInMontreal(deps.now()));
  return invoice;
}

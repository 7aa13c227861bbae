import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { billingRepository, type InvoiceRow } from './billing-repository.ts';

/** The invoice if the caller may see it (its mutual's coordinator, its firm's contact); 404 otherwise. */
export async function visibleInvoice(deps: Deps, caller: Caller, invoiceId: string): Promise<InvoiceRow> {
  const scope = memberScopeOf(caller);
  const row = await billingRepository(deps.db).find(scope.mutualId, invoiceId, scope.memberId);
  if (!row) throw notFound('invoice');
  return row;
}

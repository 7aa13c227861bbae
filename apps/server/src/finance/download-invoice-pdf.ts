import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { renderInvoicePdf } from '../documents/invoice-pdf.ts';
import { billingRepository } from './billing-repository.ts';
import { presentInvoices } from './present-billing.ts';
import { visibleInvoice } from './visible-invoice.ts';

/** The invoice or credit note as a bilingual PDF, in the member's language first unless asked otherwise. */
export async function downloadInvoicePdf(deps: Deps, caller: Caller, input: { invoiceId: string; lang?: 'fr' | 'en' }) {
  const row = await visibleInvoice(deps, caller, input.invoiceId);
  const [invoice] = await presentInvoices(deps.db, [row], todayInMontreal(deps.now()));
  const lang = input.lang ?? row.language;
  const body = await renderInvoicePdf(
    invoice,
    { name: await billingRepository(deps.db).mutualName(row.mutual_id) },
    lang,
  );
  return { filename: `${invoice.number}.pdf`, contentType: 'application/pdf', body: new Uint8Array(body) };
}

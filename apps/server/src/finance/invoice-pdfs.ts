import { todayInMontreal } from '@mutualis/domain/dates';
import type { Db } from '../db/client.ts';
import { renderInvoicePdf } from '../documents/invoice-pdf.ts';
import { billingRepository } from './billing-repository.ts';
import { presentInvoices } from './present-billing.ts';

/** The PDFs of some of the mutual's invoices, each in its member's language first (claims' evidence). */
export async function invoicePdfs(
  db: Db,
  mutualId: string,
  invoiceIds: readonly string[],
  now: Date,
): Promise<{ number: string; bytes: Uint8Array }[]> {
  const repo = billingRepository(db);
  const rows = await repo.findMany(mutualId, invoiceIds);
  if (rows.length === 0) return [];
  const mutual = { name: await repo.mutualName(mutualId) };
  const invoices = await presentInvoices(db, rows, todayInMontreal(now));
  const out = [];
  for (const [i, invoice] of invoices.entries()) {
    out.push({
      number: invoice.number,
      bytes: new Uint8Array(await renderInvoicePdf(invoice, mutual, rows[i].language)),
    });
  }
  return out;
}

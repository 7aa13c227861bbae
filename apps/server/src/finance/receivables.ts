// What each member owed at a date: invoices issued by then, less the payments received and the
// credit notes issued by then. The ageing and the statement of account read it.
import type { Db } from '../db/client.ts';
import { billingRepository } from './billing-repository.ts';

export interface OpenItem {
  invoiceId: string;
  memberId: string;
  memberName: string;
  number: string;
  issuedOn: string;
  dueCents: number;
}

/** The invoices with something due at `asOf`, for one member or all. */
export async function openItems(
  db: Db,
  mutualId: string,
  asOf: string,
  memberId: string | null = null,
): Promise<OpenItem[]> {
  const repo = billingRepository(db);
  const docs = (await repo.all(mutualId, { memberId })).filter((d) => d.issued_on <= asOf);
  const invoices = docs.filter((d) => d.kind === 'invoice');
  const payments = await repo.paymentsOf(invoices.map((i) => i.id));
  const paid = new Map<string, number>();
  for (const p of payments)
    if (p.received_on <= asOf) paid.set(p.invoice_id, (paid.get(p.invoice_id) ?? 0) + Number(p.amount_cents));
  const credited = new Map<string, number>();
  for (const c of docs)
    if (c.kind === 'credit_note' && c.credits_invoice_id)
      credited.set(c.credits_invoice_id, (credited.get(c.credits_invoice_id) ?? 0) - Number(c.total_cents));
  return invoices
    .map((i) => ({
      invoiceId: i.id,
      memberId: i.member_id,
      memberName: i.member_name,
      number: i.number,
      issuedOn: i.issued_on,
      dueCents: Number(i.total_cents) - (paid.get(i.id) ?? 0) - (credited.get(i.id) ?? 0),
    }))
    .filter((i) => i.dueCents !== 0);
}

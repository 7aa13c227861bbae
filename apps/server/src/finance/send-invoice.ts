import type { Invoice } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { amountDue } from '@mutualis/domain/finance/invoice';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError } from '../errors.ts';
import { billingRepository } from './billing-repository.ts';
import { emailDocuments } from './issue-documents.ts';
import { presentInvoices } from './present-billing.ts';
import { visibleInvoice } from './visible-invoice.ts';

/** E-mails an invoice or credit note to its firm's contacts again (through the outbox). */
export async function sendInvoice(deps: Deps, caller: Caller, input: { invoiceId: string }): Promise<Invoice> {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const invoice = await visibleInvoice(tx, caller, input.invoiceId);
    const repo = billingRepository(tx.db);
    if ((await repo.recipients(mutualId, [invoice.member_id])).size === 0)
      throw new AppError('conflict', 'no_contact_email', { params: { firm: invoice.member_name } });
    await emailDocuments(tx.db, { mutualId, now, links: deps.config }, [
      {
        id: invoice.id,
        kind: invoice.kind,
        number: invoice.number,
        memberId: invoice.member_id,
        totalCents:
          invoice.kind === 'invoice'
            ? amountDue(Number(invoice.total_cents), Number(invoice.paid_cents), Number(invoice.credited_cents))
            : Number(invoice.total_cents),
        dueOn: invoice.due_on,
      },
    ]);
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      memberId: invoice.member_id,
      actorUserId: caller.userId,
      action: 'invoice.send',
      entityType: 'invoice',
      entityId: invoice.id,
      change: {},
    });
    return (await presentInvoices(tx.db, [(await repo.find(mutualId, invoice.id))!], todayInMontreal(now)))[0];
  });
}

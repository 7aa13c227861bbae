import type { Invoice, RecordPaymentRequest } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { amountDue, invoiceStatusOf, paymentProblem } from '@mutualis/domain/finance/invoice';
import { paymentEntry } from '@mutualis/domain/finance/postings';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { billingRepository } from './billing-repository.ts';
import { ensureBooks } from './books.ts';
import { assertOpenPeriod, postEntries } from './post-entries.ts';
import { presentInvoices } from './present-billing.ts';
import { visibleInvoice } from './visible-invoice.ts';

/** Records a member's payment on an invoice (partial payments allowed, never more than is due) and posts it. */
export async function recordPayment(
  deps: Deps,
  caller: Caller,
  input: RecordPaymentRequest & { invoiceId: string },
): Promise<Invoice> {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  const today = todayInMontreal(now);
  if (input.receivedOn > today) throw invalid('receivedOn', 'date_in_future');
  return inTransaction(deps, async (tx) => {
    const found = await visibleInvoice(tx, caller, input.invoiceId);
    const repo = billingRepository(tx.db);
    await repo.lock(mutualId, found.id);
    const invoice = (await repo.find(mutualId, found.id))!;
    if (invoice.kind !== 'invoice')
      throw new AppError('not_payable', 'credit_note_takes_no_payment', {
        params: { number: invoice.number },
        fields: [{ field: 'invoiceId', code: 'credit_note_takes_no_payment', params: { number: invoice.number } }],
      });
    const total = Number(invoice.total_cents);
    const paid = Number(invoice.paid_cents);
    const credited = Number(invoice.credited_cents);
    const due = amountDue(total, paid, credited);
    const problem = paymentProblem(invoice.status, due, input.amountCents);
    if (problem) {
      if (problem.field === 'invoiceId')
        throw new AppError('not_payable', problem.code, {
          params: { number: invoice.number },
          fields: [{ field: problem.field, code: problem.code, params: { number: invoice.number } }],
        });
      throw invalid(problem.field, problem.code, problem.params);
    }
    if (input.receivedOn < invoice.issued_on)
      throw invalid('receivedOn', 'before_invoice_date', { date: invoice.issued_on });
    const settings = await ensureBooks(tx.db, mutualId);
    assertOpenPeriod(input.receivedOn, settings.closed_through, 'receivedOn');
    const paymentId = crypto.randomUUID();
    const [entryId] = await postEntries(
      tx.db,
      mutualId,
      [
        paymentEntry({
          on: input.receivedOn,
          paymentId,
          memberId: invoice.member_id,
          cents: input.amountCents,
          invoiceNumber: invoice.number,
        }),
      ],
      caller.userId,
    );
    await repo.insertPayment({
      id: paymentId,
      mutual_id: mutualId,
      member_id: invoice.member_id,
      invoice_id: invoice.id,
      received_on: input.receivedOn,
      amount_cents: input.amountCents,
      method: input.method,
      reference: input.reference ?? '',
      entry_id: entryId,
      created_by: caller.userId,
    });
    const newPaid = paid + input.amountCents;
    await repo.update(mutualId, invoice.id, { paid_cents: newPaid, status: invoiceStatusOf(total, newPaid, credited) });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      memberId: invoice.member_id,
      actorUserId: caller.userId,
      action: 'invoice.payment',
      entityType: 'invoice',
      entityId: invoice.id,
      change: input,
    });
    return (await presentInvoices(tx.db, [(await repo.find(mutualId, invoice.id))!], today))[0];
  });
}

import type { Invoice } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError } from '../errors.ts';
import { billingRepository } from './billing-repository.ts';
import { ensureBooks } from './books.ts';
import { issueCreditNotes } from './issue-documents.ts';
import { ledgerRepository } from './ledger-repository.ts';
import { assertOpenPeriod } from './post-entries.ts';
import { presentInvoices } from './present-billing.ts';
import { visibleInvoice } from './visible-invoice.ts';

/** Cancels what is left of an invoice by a credit note that reverses its lines exactly; returns the credit note. */
export async function creditInvoice(
  deps: Deps,
  caller: Caller,
  input: { invoiceId: string; reason: string },
): Promise<Invoice> {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  const today = todayInMontreal(now);
  return inTransaction(deps, async (tx) => {
    const invoice = await visibleInvoice(tx, caller, input.invoiceId);
    if (invoice.kind !== 'invoice') throw new AppError('conflict', 'credit_note_not_credited');
    const settings = await ensureBooks(tx.db, mutualId);
    assertOpenPeriod(today, settings.closed_through, 'issuedOn');
    await ledgerRepository(tx.db).lockSeries(mutualId, 'invoice');
    const repo = billingRepository(tx.db);
    await repo.lock(mutualId, invoice.id);
    if ((await repo.liveLinesOf(invoice.id)).length === 0)
      throw new AppError('conflict', 'invoice_already_credited', { params: { number: invoice.number } });
    const [id] = await issueCreditNotes(
      tx.db,
      { mutualId, settings, issuedOn: today, createdBy: caller.userId, now, links: deps.config, email: true },
      [{ invoiceId: invoice.id, reason: input.reason }],
    );
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      memberId: invoice.member_id,
      actorUserId: caller.userId,
      action: 'invoice.credit',
      entityType: 'invoice',
      entityId: invoice.id,
      change: { creditNoteId: id, reason: input.reason },
    });
    const row = await repo.find(mutualId, id);
    return (await presentInvoices(tx.db, [row!], today))[0];
  });
}

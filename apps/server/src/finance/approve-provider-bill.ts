import type { ProviderBill } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { providerBillEntry } from '@mutualis/domain/finance/postings';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { billRepository } from './bill-repository.ts';
import { postEntries } from './post-entries.ts';
import { presentBill } from './present-billing.ts';
import { visibleBill } from './visible-bill.ts';

/** Approves a received bill: it is posted (trainer costs and recoverable taxes owed to the provider). */
export async function approveProviderBill(
  deps: Deps,
  caller: Caller,
  input: { billId: string; approvedOn?: string },
): Promise<ProviderBill> {
  const mutualId = mutualOf(caller);
  const on = input.approvedOn ?? todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const repo = billRepository(tx.db);
    await repo.lock(mutualId, input.billId);
    const bill = await visibleBill(tx, caller, input.billId);
    if (bill.status === 'paid')
      throw new AppError('conflict', 'bill_already_paid', { params: { number: bill.number } });
    if (bill.status !== 'received')
      throw new AppError('conflict', 'bill_already_approved', { params: { number: bill.number } });
    if (on < bill.billed_on) throw invalid('approvedOn', 'before_invoice_date', { date: bill.billed_on });
    const [entryId] = await postEntries(
      tx.db,
      mutualId,
      [
        providerBillEntry({
          on,
          billId: bill.id,
          sessionId: bill.session_id,
          costCents: Number(bill.cost_cents),
          recoverableTaxCents: Number(bill.gst_cents) + Number(bill.qst_cents),
          number: bill.number,
        }),
      ],
      caller.userId,
    );
    await repo.update(mutualId, bill.id, {
      status: 'approved',
      approved_on: on,
      approved_by: caller.userId,
      entry_id: entryId,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'provider_bill.approve',
      entityType: 'provider_bill',
      entityId: bill.id,
      change: { approvedOn: on },
    });
    return presentBill((await repo.find(mutualId, bill.id))!);
  });
}

import type { ProviderBill } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { billPaymentEntry } from '@mutualis/domain/finance/postings';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { billRepository } from './bill-repository.ts';
import { postEntries } from './post-entries.ts';
import { presentBill } from './present-billing.ts';
import { visibleBill } from './visible-bill.ts';

/** Records the payment of an approved bill, in full, from the mutual's bank account. */
export async function payProviderBill(
  deps: Deps,
  caller: Caller,
  input: { billId: string; paidOn: string; reference?: string },
): Promise<ProviderBill> {
  const mutualId = mutualOf(caller);
  if (input.paidOn > todayInMontreal(deps.now())) throw invalid('paidOn', 'date_in_future');
  return inTransaction(deps, async (tx) => {
    const repo = billRepository(tx.db);
    await repo.lock(mutualId, input.billId);
    const bill = await visibleBill(tx, caller, input.billId);
    if (bill.status === 'received')
      throw new AppError('not_payable', 'bill_not_approved', {
        params: { number: bill.number },
        fields: [{ field: 'billId', code: 'bill_not_approved', params: { number: bill.number } }],
      });
    if (bill.status === 'paid')
      throw new AppError('not_payable', 'bill_already_paid', {
        params: { number: bill.number },
        fields: [{ field: 'billId', code: 'bill_already_paid', params: { number: bill.number } }],
      });
    if (bill.approved_on && input.paidOn < bill.approved_on)
      throw invalid('paidOn', 'before_approval', { date: bill.approved_on });
    const [entryId] = await postEntries(
      tx.db,
      mutualId,
      [
        billPaymentEntry({
          on: input.paidOn,
          billId: bill.id,
          sessionId: bill.session_id,
          cents: Number(bill.total_cents),
          number: bill.number,
        }),
      ],
      caller.userId,
    );
    await repo.update(mutualId, bill.id, {
      status: 'paid',
      paid_on: input.paidOn,
      payment_reference: input.reference ?? '',
      payment_entry_id: entryId,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'provider_bill.pay',
      entityType: 'provider_bill',
      entityId: bill.id,
      change: input,
    });
    return presentBill((await repo.find(mutualId, bill.id))!);
  });
}

import type { ProviderBill } from '@mutualis/contracts';
import { billAmountsOfCost } from '@mutualis/domain/finance/provider-bill';
import { billMayChange } from '@mutualis/domain/finance/vocabulary';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError } from '../errors.ts';
import { billRepository } from './bill-repository.ts';
import { ensureBooks } from './books.ts';
import { presentBill } from './present-billing.ts';
import { visibleBill } from './visible-bill.ts';

/** Corrects a received bill against the provider's own invoice (its number, its amount, its taxes) before approval. */
export async function updateProviderBill(
  deps: Deps,
  caller: Caller,
  input: { billId: string; changes: { providerReference?: string; costCents?: number; taxable?: boolean } },
): Promise<ProviderBill> {
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const repo = billRepository(tx.db);
    await repo.lock(mutualId, input.billId);
    const bill = await visibleBill(tx, caller, input.billId);
    if (!billMayChange(bill.status))
      throw new AppError('conflict', 'bill_no_longer_changes', { params: { number: bill.number } });
    const settings = await ensureBooks(tx.db, mutualId);
    const c = input.changes;
    const amounts = billAmountsOfCost(
      c.costCents ?? Number(bill.cost_cents),
      c.taxable ?? bill.taxable,
      settings.gst_ppm,
      settings.qst_ppm,
    );
    await repo.update(mutualId, bill.id, {
      ...(c.providerReference !== undefined && { provider_reference: c.providerReference }),
      taxable: c.taxable ?? bill.taxable,
      cost_cents: amounts.costCents,
      gst_cents: amounts.gstCents,
      qst_cents: amounts.qstCents,
      total_cents: amounts.totalCents,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'provider_bill.update',
      entityType: 'provider_bill',
      entityId: bill.id,
      change: c,
    });
    return presentBill((await repo.find(mutualId, bill.id))!);
  });
}

import type { FinanceSettings, UpdateFinanceSettings } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { ensureBooks } from './books.ts';
import { ledgerRepository } from './ledger-repository.ts';
import { presentSettings } from './present.ts';

/** Changes the money settings; invoices already issued keep their figures. */
export async function updateFinanceSettings(
  deps: Deps,
  caller: Caller,
  input: UpdateFinanceSettings,
): Promise<FinanceSettings> {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    await ensureBooks(tx.db, mutualId);
    const v = input;
    await ledgerRepository(tx.db).updateSettings(mutualId, {
      ...(v.fiscalYearStartMonth !== undefined && { fiscal_year_start_month: v.fiscalYearStartMonth }),
      ...(v.gstNumber !== undefined && { gst_number: v.gstNumber || null }),
      ...(v.qstNumber !== undefined && { qst_number: v.qstNumber || null }),
      ...(v.gstPpm !== undefined && { gst_ppm: v.gstPpm }),
      ...(v.qstPpm !== undefined && { qst_ppm: v.qstPpm }),
      ...(v.taxableKinds !== undefined && { taxable_kinds: v.taxableKinds }),
      ...(v.invoiceTiming !== undefined && { invoice_timing: v.invoiceTiming }),
      ...(v.allocationRule !== undefined && { allocation_rule: v.allocationRule }),
      ...(v.smallFirmDiscountPpm !== undefined && { small_firm_discount_ppm: v.smallFirmDiscountPpm }),
      ...(v.paymentTermsDays !== undefined && { payment_terms_days: v.paymentTermsDays }),
      ...(v.reminderDays !== undefined && { reminder_days: [...v.reminderDays].sort((a, b) => a - b) }),
      ...(v.freeUntilDaysBefore !== undefined && { free_until_days_before: v.freeUntilDaysBefore }),
      ...(v.lateFeePpm !== undefined && { late_fee_ppm: v.lateFeePpm }),
      ...(v.noShowFeePpm !== undefined && { no_show_fee_ppm: v.noShowFeePpm }),
      ...(v.blockEnrolmentWhenDuesOverdue !== undefined && {
        block_enrolment_when_dues_overdue: v.blockEnrolmentWhenDuesOverdue,
      }),
      ...(v.providerBillsTaxable !== undefined && { provider_bills_taxable: v.providerBillsTaxable }),
      ...(v.cessationInterestPpm !== undefined && { cessation_interest_ppm: v.cessationInterestPpm }),
      updated_at: now.toISOString(),
      updated_by: caller.userId,
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'finance_settings.update',
      entityType: 'finance_settings',
      entityId: mutualId,
      change: input,
    });
    return presentSettings(await ensureBooks(tx.db, mutualId), todayInMontreal(now));
  });
}

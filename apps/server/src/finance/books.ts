// The books of a mutual exist from its first use of the money area: settings with the defaults,
// the sequences and a copy of the default chart of accounts it may then edit.
import { DEFAULT_CHART } from '@mutualis/domain/finance/chart-of-accounts';
import { fiscalYearOf } from '@mutualis/domain/finance/fiscal-year';
import { DEFAULT_SALES_TAX, type InvoiceItemKind, type SalesTaxSettings } from '@mutualis/domain/finance/invoice';
import type { CancellationPolicy } from '@mutualis/domain/finance/receivables';
import type { Db } from '../db/client.ts';
import { ledgerRepository, type SettingsRow } from './ledger-repository.ts';

/** The mutual's money settings, creating its books on first use. */
export async function ensureBooks(db: Db, mutualId: string): Promise<SettingsRow> {
  const repo = ledgerRepository(db);
  const found = await repo.settings(mutualId);
  if (found) return found;
  await repo.createBooks(mutualId, DEFAULT_CHART);
  return (await repo.settings(mutualId)) as SettingsRow;
}

/** The sales taxes of the settings, as the domain reads them. */
export const salesTaxOf = (s: SettingsRow): SalesTaxSettings => ({
  gstPpm: s.gst_ppm,
  qstPpm: s.qst_ppm,
  taxableKinds: (s.taxable_kinds as InvoiceItemKind[]) ?? DEFAULT_SALES_TAX.taxableKinds,
});

/** The cancellation policy of the settings. */
export const cancellationPolicyOf = (s: SettingsRow): CancellationPolicy => ({
  freeUntilDaysBefore: s.free_until_days_before,
  lateFeePpm: s.late_fee_ppm,
  noShowFeePpm: s.no_show_fee_ppm,
});

/** The fiscal year that contains the date, by the mutual's start month. */
export const fiscalYearAt = (s: SettingsRow, date: string) => fiscalYearOf(date, s.fiscal_year_start_month);

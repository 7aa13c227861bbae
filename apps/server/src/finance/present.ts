// Rows → API answers for the ledger and settings (invoices and bills: present-billing.ts).
import type { FinanceSettings, JournalEntry, LedgerAccount } from '@mutualis/contracts';
import { fiscalYearOf } from '@mutualis/domain/finance/fiscal-year';
import type { AccountRow, EntryRow, LineRow, SettingsRow } from './ledger-repository.ts';

export function presentSettings(s: SettingsRow, today: string): FinanceSettings {
  return {
    fiscalYearStartMonth: s.fiscal_year_start_month,
    closedThrough: s.closed_through,
    gstNumber: s.gst_number,
    qstNumber: s.qst_number,
    gstPpm: s.gst_ppm,
    qstPpm: s.qst_ppm,
    taxableKinds: s.taxable_kinds as FinanceSettings['taxableKinds'],
    invoiceTiming: s.invoice_timing,
    allocationRule: s.allocation_rule,
    smallFirmDiscountPpm: s.small_firm_discount_ppm,
    paymentTermsDays: s.payment_terms_days,
    reminderDays: s.reminder_days,
    freeUntilDaysBefore: s.free_until_days_before,
    lateFeePpm: s.late_fee_ppm,
    noShowFeePpm: s.no_show_fee_ppm,
    blockEnrolmentWhenDuesOverdue: s.block_enrolment_when_dues_overdue,
    providerBillsTaxable: s.provider_bills_taxable,
    cessationInterestPpm: s.cessation_interest_ppm,
    recognisedSince: s.recognised_since,
    currentFiscalYear: fiscalYearOf(today, s.fiscal_year_start_month),
  };
}

export function presentAccount(a: AccountRow, totals?: { debitCents: number; creditCents: number }): LedgerAccount {
  return {
    id: a.id,
    code: a.code,
    role: a.role as LedgerAccount['role'],
    kind: a.kind,
    nameFr: a.name_fr,
    nameEn: a.name_en,
    funderId: a.funder_id,
    active: a.active,
    balanceCents: totals ? totals.debitCents - totals.creditCents : 0,
  };
}

export function presentEntry(e: EntryRow, lines: LineRow[]): JournalEntry {
  return {
    id: e.id,
    number: Number(e.number),
    entryDate: e.entry_date,
    voucherKind: e.voucher_kind as JournalEntry['voucherKind'],
    voucherId: e.voucher_id,
    voucherNumber: e.voucher_number,
    description: e.description,
    reversesEntryId: e.reverses_entry_id,
    reversedByEntryId: e.reversed_by_entry_id,
    totalCents: lines.reduce((s, l) => s + l.debit_cents, 0),
    createdAt: e.created_at,
    createdByName: e.created_by_name,
    lines: lines.map((l) => ({
      accountId: l.account_id,
      accountCode: l.account_code,
      accountNameFr: l.account_name_fr,
      accountNameEn: l.account_name_en,
      debitCents: l.debit_cents,
      creditCents: l.credit_cents,
      memberId: l.member_id,
      memberName: l.member_name,
      sessionId: l.session_id,
      funderId: l.funder_id,
      memo: l.memo,
    })),
  };
}

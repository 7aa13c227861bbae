import { todayInMontreal } from '@mutualis/domain/dates';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { contentTypes, sheetOf, type WriteColumn, writeCsv, writeXlsxSheets } from '../files/table-file.ts';
import { ensureBooks } from './books.ts';
import { type EntryRow, type LineRow, ledgerRepository } from './ledger-repository.ts';

type Row = { e: EntryRow; l: LineRow };

const dollars = (cents: number) => (cents === 0 ? '' : (cents / 100).toFixed(2));

/**
 * The journal in the layout of docs/finance-export.md: one row per line, in entry number order —
 * date, entry number, voucher type and number, account code and name, description, debit, credit
 * (dollars with a point, empty when zero), member, memo. Accounting software imports it as a
 * general journal (each entry's rows share the entry number and balance).
 */
export const LEDGER_EXPORT_COLUMNS: WriteColumn<Row>[] = [
  { header: 'date', value: (r) => r.e.entry_date, width: 12 },
  { header: 'entry_number', value: (r) => Number(r.e.number), width: 10 },
  { header: 'voucher_type', value: (r) => r.e.voucher_kind, width: 14 },
  { header: 'voucher_number', value: (r) => r.e.voucher_number ?? '', width: 16 },
  { header: 'account_code', value: (r) => r.l.account_code, width: 10 },
  { header: 'account_name', value: (r) => r.l.account_name_fr, width: 40 },
  { header: 'description', value: (r) => r.e.description, width: 40 },
  { header: 'debit', value: (r) => dollars(r.l.debit_cents), width: 14 },
  { header: 'credit', value: (r) => dollars(r.l.credit_cents), width: 14 },
  { header: 'member', value: (r) => r.l.member_name ?? '', width: 30 },
  { header: 'memo', value: (r) => r.l.memo, width: 30 },
];

/** The journal of a date range as CSV (the documented layout) or XLSX (the same columns, amounts as numbers). */
export async function exportLedger(
  deps: Deps,
  caller: Caller,
  query: { from?: string; to?: string; format: 'csv' | 'xlsx' },
) {
  const mutualId = mutualOf(caller);
  await ensureBooks(deps.db, mutualId);
  const repo = ledgerRepository(deps.db);
  const entries = await repo.all(mutualId, { from: query.from, to: query.to });
  const lines = await repo.linesOf(entries.map((e) => e.id));
  const rows: Row[] = entries.flatMap((e) => (lines.get(e.id) ?? []).map((l) => ({ e, l })));
  const name = `journal-${query.from ?? 'debut'}-${query.to ?? todayInMontreal(deps.now())}`;
  if (query.format === 'xlsx') {
    const columns = LEDGER_EXPORT_COLUMNS.map((c) =>
      c.header === 'debit'
        ? { ...c, value: (r: Row) => r.l.debit_cents / 100, numFmt: '#,##0.00' }
        : c.header === 'credit'
          ? { ...c, value: (r: Row) => r.l.credit_cents / 100, numFmt: '#,##0.00' }
          : c,
    );
    return {
      filename: `${name}.xlsx`,
      contentType: contentTypes.xlsx,
      body: await writeXlsxSheets([sheetOf('Journal', columns, rows)]),
    };
  }
  return { filename: `${name}.csv`, contentType: contentTypes.csv, body: writeCsv(LEDGER_EXPORT_COLUMNS, rows) };
}

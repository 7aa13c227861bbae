import { todayInMontreal } from '@mutualis/domain/dates';
import { OUTCOME_IMPORT_COLUMNS, parseOutcomeImportRows } from '@mutualis/domain/outcomes/outcome-import';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError } from '../errors.ts';
import { cellText, contentTypes, readTableFile, writeTable } from '../files/table-file.ts';
import { outcomeRepository } from './repository.ts';

/**
 * Imports members' yearly outcomes from a CSV or XLSX file, all or nothing: one wrong row and
 * nothing is imported; the answer lists every wrong row and column. A year already reported is
 * replaced (the import is the coordinator's correction).
 */
export async function importOutcomes(
  deps: Deps,
  caller: Caller,
  input: { file: { filename: string; bytes: Uint8Array } },
) {
  const mutualId = mutualOf(caller);
  const table = await readTableFile(input.file.filename, input.file.bytes);
  const rows = table.rows.map((r) => Object.fromEntries(table.headers.map((h, i) => [h, cellText(r.cells[i])])));
  return inTransaction(deps, async (tx) => {
    const repo = outcomeRepository(tx.db);
    const members = await repo.membersByNeq(mutualId);
    const { lines, errors } = parseOutcomeImportRows(
      rows,
      new Map(members.map((m) => [m.neq, m.id])),
      todayInMontreal(deps.now()),
    );
    if (errors.length) {
      const rowNumbers = table.rows.map((r) => r.rowNumber);
      const fields = errors.map((e) => ({ ...e, row: e.row === 1 ? 1 : (rowNumbers[e.row - 2] ?? e.row) }));
      throw new AppError('import_failed', 'file_has_errors', {
        params: { count: fields.length },
        fields: fields.map((f) => ({ field: f.field, code: f.code, params: f.params, row: f.row })),
      });
    }
    let replaced = 0;
    for (const line of lines) {
      if (await repo.yearOf(mutualId, { kind: 'member', id: line.memberId }, line.year)) replaced++;
      await repo.saveYear({
        mutual_id: mutualId,
        member_id: line.memberId,
        prospect_id: null,
        year: line.year,
        headcount: line.headcount,
        separations: line.separations,
        payroll_cents: line.payrollCents,
        hours_worked: line.hoursWorked,
        productivity_measure: line.productivityMeasure,
        productivity_value: line.productivityValue,
        absenteeism_days: line.absenteeismDays,
        work_accidents: line.workAccidents,
        source: 'import',
        submitted_by_user_id: caller.userId,
        submitted_by_name: caller.displayName,
        submitted_at: deps.now().toISOString(),
      });
    }
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'outcome.import',
      entityType: 'firm_year_outcome',
      entityId: null,
      change: { filename: input.file.filename, imported: lines.length, replaced },
    });
    return { imported: lines.length, replaced };
  });
}

/** The import template: the columns and one example row. */
export async function outcomeImportTemplate(_deps: Deps, _caller: Caller, input: { format: 'csv' | 'xlsx' }) {
  const headers = Object.values(OUTCOME_IMPORT_COLUMNS).map((aliases) => aliases[0]);
  const example = ['1111111111', '2025', '24', '3', '1180000.00', '46800', 'value_added_per_hour', '61.5', '95', '1'];
  const columns = headers.map((header, i) => ({ header, value: (row: string[]) => row[i] }));
  return {
    filename: `outcomes-template.${input.format}`,
    contentType: contentTypes[input.format],
    body: await writeTable(input.format, 'outcomes', columns, [example]),
  };
}

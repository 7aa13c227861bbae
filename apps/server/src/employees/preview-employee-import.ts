import type { EmployeeImportPreview } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import {
  type Cell,
  type EmployeeField,
  employeeNameKey,
  mapImportHeaders,
  parseEmployeeRow,
} from '@mutualis/domain/employees/index';
import type { Caller, Deps } from '../caller.ts';
import { AppError } from '../errors.ts';
import { cellText, readTableFile } from '../files/table-file.ts';
import { visibleMember } from '../members/index.ts';
import { employeeRepository } from './employee-repository.ts';
import { type ImportRowError, matcher, type StoredImportRow } from './import-matching.ts';
import { presentImportPreview } from './present.ts';

/** The most rows one import may have. */
const MAX_IMPORT_ROWS = 50_000;
/** How long a preview waits for its commit. */
const IMPORT_TTL_MS = 60 * 60 * 1000;

/**
 * Reads an employee file (CSV or XLSX, French or English headers), checks every row, matches rows
 * to existing employees (e-mail, else names + hire date) and stores the preview for one hour.
 * Nothing is written to the employees until the import is committed.
 */
export async function previewEmployeeImport(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; file: { filename: string; bytes: Uint8Array } },
): Promise<EmployeeImportPreview> {
  const { memberId, file } = input;
  const member = await visibleMember(deps, caller, memberId);
  if (file.bytes.length === 0)
    throw new AppError('validation_failed', 'file_empty', { fields: [{ field: 'file', code: 'file_empty' }] });
  const table = await readTableFile(file.filename, file.bytes);
  if (table.headers.length === 0)
    throw new AppError('import_failed', 'file_no_header', {
      fields: [{ row: 1, field: 'file', code: 'file_no_header' }],
    });
  const mapping = mapImportHeaders(table.headers);
  if (mapping.missing.length || mapping.duplicated.length) {
    const fields: ImportRowError[] = [
      ...mapping.missing.map((field) => ({ row: 1, field, code: 'column_missing' as const })),
      ...mapping.duplicated.map((field) => ({ row: 1, field, code: 'column_twice' as const })),
    ];
    throw new AppError('import_failed', 'header_unusable', { fields });
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('import_failed', 'too_many_rows', {
      params: { rows: table.rows.length, maximum: MAX_IMPORT_ROWS },
      fields: [{ field: 'file', code: 'too_many_rows', params: { rows: table.rows.length, maximum: MAX_IMPORT_ROWS } }],
    });
  }
  const today = todayInMontreal(deps.now());
  const match = matcher(await employeeRepository(deps.db).matchKeys(memberId));
  const seenEmails = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const rows: StoredImportRow[] = [];
  const errors: ImportRowError[] = [];
  for (const { rowNumber, cells } of table.rows) {
    const values: Partial<Record<EmployeeField, Cell>> = {};
    for (const [index, field] of mapping.fields) values[field] = cells[index] ?? null;
    const parsed = parseEmployeeRow(values, { today });
    if (!parsed.ok) {
      for (const e of parsed.errors) errors.push({ row: rowNumber, ...e });
      const raw: Partial<Record<EmployeeField, string>> = {};
      for (const [field, v] of Object.entries(values)) raw[field as EmployeeField] = cellText(v);
      rows.push({ row: rowNumber, action: 'invalid', employeeId: null, data: null, raw });
      continue;
    }
    const r = parsed.row;
    const nameKey = employeeNameKey(r);
    const twinRow = (r.email && seenEmails.get(r.email)) || seenNames.get(nameKey);
    if (twinRow) {
      const field = r.email && seenEmails.has(r.email) ? 'email' : 'last_name';
      errors.push({ row: rowNumber, field, code: 'same_employee_as_row', params: { row: twinRow } });
      rows.push({ row: rowNumber, action: 'invalid', employeeId: null, data: r, raw: {} });
      continue;
    }
    if (r.email) seenEmails.set(r.email, rowNumber);
    seenNames.set(nameKey, rowNumber);
    const employeeId = match(r);
    rows.push({ row: rowNumber, action: employeeId ? 'update' : 'create', employeeId, data: r, raw: {} });
  }
  const employees = employeeRepository(deps.db);
  await employees.deleteExpiredImports(deps.now().toISOString());
  const saved = await employees.saveImport({
    mutual_id: member.mutual_id,
    member_id: memberId,
    created_by: caller.userId,
    filename: file.filename.slice(0, 255),
    row_count: rows.length,
    error_count: errors.length,
    rows: JSON.stringify(rows),
    errors: JSON.stringify(errors),
    ignored_columns: JSON.stringify(mapping.ignored),
    present_fields: JSON.stringify([...new Set(mapping.fields.values())]),
    expires_at: new Date(deps.now().getTime() + IMPORT_TTL_MS).toISOString(),
  });
  return presentImportPreview(saved, rows, errors, caller.locale);
}

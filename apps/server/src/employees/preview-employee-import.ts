import type { EmployeeImportPreview } from '@mutualis/contracts';
import {
  type Cell,
  type EmployeeField,
  type EmployeeRow,
  employeeNameKey,
  mapImportHeaders,
  parseEmployeeRow,
} from '@mutualis/domain/employees/index';
import type { Selectable } from 'kysely';
import { employeeRepository } from './employee-repository.ts';
import type { EmployeeImportTable } from '../db/tables.ts';
import { AppError } from '../errors.ts';
import { cellText, readTableFile } from '../files/table-file.ts';
import type { Deps, Caller } from '../caller.ts';
import { reachableMemberId } from './list-employees.ts';
import { quebecToday } from '../members/index.ts';

type Scope = { mutualId: string; memberId: string | null };

export const MAX_IMPORT_ROWS = 50_000;
export const IMPORT_TTL_MS = 60 * 60 * 1000;

/** One row as stored with the preview. */
export interface StoredImportRow {
  row: number;
  action: 'create' | 'update' | 'invalid';
  employeeId: string | null;
  data: EmployeeRow | null;
  /** For display of invalid rows: the cells as text. */
  raw: Partial<Record<EmployeeField, string>>;
}

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

type MatchKeys = { id: string; email: string | null; first_name: string; last_name: string; hire_date: string }[];

/** Finds the existing employee a row updates: same e-mail, else same names and hire date. */
export function matcher(existing: MatchKeys) {
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const e of existing) {
    if (e.email) byEmail.set(e.email.toLowerCase(), e.id);
    byName.set(employeeNameKey(e), e.id);
  }
  return (row: EmployeeRow): string | null => (row.email ? byEmail.get(row.email) : undefined) ?? byName.get(employeeNameKey(row)) ?? null;
}


/**
 * Reads an employee file (CSV or XLSX, French or English headers), checks every row, matches rows
 * to existing employees (e-mail, else names + hire date) and stores the preview for one hour.
 * Nothing is written to the employees until the import is committed.
 */
export async function previewEmployeeImport(deps: Deps, actor: Caller, scope: Scope, memberId: string, file: { filename: string; bytes: Uint8Array }): Promise<EmployeeImportPreview> {
  await reachableMemberId(deps, scope, memberId);
  if (file.bytes.length === 0) throw new AppError('validation_failed', 'The file is empty', { fields: [{ field: 'file', message: 'is empty' }] });
  const table = await readTableFile(file.filename, file.bytes);
  if (table.headers.length === 0) throw new AppError('import_failed', 'The file has no header row', { fields: [{ row: 1, field: 'file', message: 'has no header row' }] });
  const mapping = mapImportHeaders(table.headers);
  if (mapping.missing.length || mapping.duplicated.length) {
    const fields = [
      ...mapping.missing.map((field) => ({ row: 1, field, message: 'column is missing' })),
      ...mapping.duplicated.map((field) => ({ row: 1, field, message: 'column appears twice' })),
    ];
    throw new AppError('import_failed', `The header row is not usable: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`, { fields });
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('import_failed', `The file has ${table.rows.length} rows; at most ${MAX_IMPORT_ROWS} per import`, { fields: [{ field: 'file', message: `has more than ${MAX_IMPORT_ROWS} rows` }] });
  }
  const today = quebecToday(deps.now());
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
      for (const e of parsed.errors) errors.push({ row: rowNumber, field: e.field, message: e.message });
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
      errors.push({ row: rowNumber, field, message: `same employee as row ${twinRow}` });
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
    mutual_id: scope.mutualId,
    member_id: memberId,
    created_by: actor.userId,
    filename: file.filename.slice(0, 255),
    row_count: rows.length,
    error_count: errors.length,
    rows: JSON.stringify(rows),
    errors: JSON.stringify(errors),
    ignored_columns: JSON.stringify(mapping.ignored),
    present_fields: JSON.stringify([...new Set(mapping.fields.values())]),
    expires_at: new Date(deps.now().getTime() + IMPORT_TTL_MS).toISOString(),
  });
  return previewOf(saved, rows, errors);
}

/** The preview answer of a stored import. */
export function previewOf(saved: Selectable<EmployeeImportTable>, rows: StoredImportRow[], errors: ImportRowError[]): EmployeeImportPreview {
  const count = (a: StoredImportRow['action']) => rows.filter((r) => r.action === a).length;
  return {
    importId: saved.id,
    memberId: saved.member_id,
    filename: saved.filename,
    status: saved.status,
    expiresAt: saved.expires_at,
    counts: { rows: saved.row_count, valid: rows.length - count('invalid'), invalid: count('invalid'), toCreate: count('create'), toUpdate: count('update') },
    ignoredColumns: saved.ignored_columns,
    errors,
    rows: rows.slice(0, 200).map((r) => ({
      row: r.row,
      action: r.action,
      firstName: r.data?.first_name ?? r.raw.first_name ?? '',
      lastName: r.data?.last_name ?? r.raw.last_name ?? '',
      email: r.data ? r.data.email : r.raw.email || null,
      jobTitle: r.data?.job_title ?? r.raw.job_title ?? '',
      nocCode: r.data?.noc_code ?? r.raw.noc_code ?? '',
      teer: r.data?.teer ?? null,
      educationLevel: r.data?.education_level ?? r.raw.education_level ?? '',
      hireDate: r.data?.hire_date ?? (r.raw.hire_date || null),
      hourlyWageCents: r.data?.hourly_wage_cents ?? null,
    })),
  };
}

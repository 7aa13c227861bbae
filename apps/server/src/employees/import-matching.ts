// The rows of an import preview as stored, and how a row finds the employee it updates.

import {
  type EmployeeField,
  type EmployeeRow,
  employeeNameKey,
  type ImportRowAction,
} from '@mutualis/domain/employees/index';
import type { FieldError } from '../errors.ts';

/** One row as stored with the preview. */
export interface StoredImportRow {
  row: number;
  action: ImportRowAction;
  employeeId: string | null;
  data: EmployeeRow | null;
  /** For display of invalid rows: the cells as text. */
  raw: Partial<Record<EmployeeField, string>>;
}

/** A refused cell of an import file, as stored with the preview: its row, its field and the message code saying why. */
export type ImportRowError = FieldError & { row: number };

type MatchKeys = { id: string; email: string | null; first_name: string; last_name: string; hire_date: string }[];

/** Finds the existing employee a row updates: same e-mail, else same names and hire date. */
export function matcher(existing: MatchKeys) {
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const e of existing) {
    if (e.email) byEmail.set(e.email.toLowerCase(), e.id);
    byName.set(employeeNameKey(e), e.id);
  }
  return (row: EmployeeRow): string | null =>
    (row.email ? byEmail.get(row.email) : undefined) ?? byName.get(employeeNameKey(row)) ?? null;
}

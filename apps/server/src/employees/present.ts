// Employee, wage and import rows → API answers.
import type { Employee, EmployeeImportPreview, Wage } from '@mutualis/contracts';
import type { Lang } from '@mutualis/domain/format/index';
import { fieldMessages } from '../messages/index.ts';
import type { EmployeeImportRow, EmployeeRow } from './employee-repository.ts';
import type { ImportRowError, StoredImportRow } from './import-matching.ts';
import type { WageRow } from './wage-repository.ts';

export function presentEmployee(row: EmployeeRow): Employee {
  return {
    id: row.id,
    memberId: row.member_id,
    memberName: row.member_name,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    jobTitle: row.job_title,
    nocCode: row.noc_code,
    teer: row.teer,
    educationLevel: row.education_level as Employee['educationLevel'],
    language: row.language,
    birthYear: row.birth_year,
    hireDate: row.hire_date,
    endDate: row.end_date,
    endReason: row.end_reason as Employee['endReason'],
    currentHourlyWageCents: row.current_wage_cents === null ? null : Number(row.current_wage_cents),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentWage(row: WageRow): Wage {
  return {
    id: row.id,
    employeeId: row.employee_id,
    effectiveOn: row.effective_on,
    hourlyWageCents: Number(row.hourly_wage_cents),
    createdAt: row.created_at,
  };
}

/** The preview answer of a stored import: its counts, its errors and its first 200 rows. */
export function presentImportPreview(
  saved: EmployeeImportRow,
  rows: StoredImportRow[],
  errors: ImportRowError[],
  lang: Lang,
): EmployeeImportPreview {
  const count = (a: StoredImportRow['action']) => rows.filter((r) => r.action === a).length;
  return {
    importId: saved.id,
    memberId: saved.member_id,
    filename: saved.filename,
    status: saved.status,
    expiresAt: saved.expires_at,
    counts: {
      rows: saved.row_count,
      valid: rows.length - count('invalid'),
      invalid: count('invalid'),
      toCreate: count('create'),
      toUpdate: count('update'),
    },
    ignoredColumns: saved.ignored_columns,
    errors: fieldMessages(errors, lang) as EmployeeImportPreview['errors'],
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

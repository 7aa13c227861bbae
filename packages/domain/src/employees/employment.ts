// Employments and employee imports: which employees a list shows, and the life of an import.

/** Which employees a list or an export shows: the current ones (no end date), the former ones, or all. */
export const EMPLOYMENT_FILTERS = ['current', 'ended', 'all'] as const;
export type EmploymentFilter = (typeof EMPLOYMENT_FILTERS)[number];

/** True when an employment with this end date (null: still employed) is shown under the filter. */
export function employmentMatches(filter: EmploymentFilter, endDate: string | null): boolean {
  if (filter === 'current') return endDate === null;
  if (filter === 'ended') return endDate !== null;
  return true;
}

/** An employee import's statuses: previewed (nothing written yet), then committed (written, once). */
export const EMPLOYEE_IMPORT_STATUSES = ['preview', 'committed'] as const;
export type EmployeeImportStatus = (typeof EMPLOYEE_IMPORT_STATUSES)[number];

/** What committing a previewed row does: create an employee, update the matched one, or nothing (the row is wrong). */
export const IMPORT_ROW_ACTIONS = ['create', 'update', 'invalid'] as const;
export type ImportRowAction = (typeof IMPORT_ROW_ACTIONS)[number];

/** Why a stored import may not be committed now, or null when it may: committed already, or its preview expired. */
export function importCommitRefusal(
  saved: { status: EmployeeImportStatus; expiresAt: string },
  nowIso: string,
): 'already_committed' | 'expired' | null {
  if (saved.status === 'committed') return 'already_committed';
  if (saved.expiresAt < nowIso) return 'expired';
  return null;
}

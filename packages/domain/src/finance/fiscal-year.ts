// The mutual's fiscal year (configurable start month) and the closing of periods: an entry may
// not be dated in a closed period; corrections go in an open one.

/** A fiscal year: its first and last days and its label ("2026", or "2026-27" when it starts after January). */
export interface FiscalYear {
  start: string;
  end: string;
  label: string;
}

/** The fiscal year that contains a date, named by its first day; `startMonth` 1–12 (4 = April). */
export function fiscalYearOf(date: string, startMonth: number): FiscalYear {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const startYear = month >= startMonth ? year : year - 1;
  const start = `${startYear}-${String(startMonth).padStart(2, '0')}-01`;
  const endDate = new Date(Date.UTC(startYear + 1, startMonth - 1, 1) - 86_400_000);
  const end = endDate.toISOString().slice(0, 10);
  const label = startMonth === 1 ? `${startYear}` : `${startYear}-${String(startYear + 1).slice(2)}`;
  return { start, end, label };
}

/** True when an entry dated `on` falls in a closed period (on or before the close date). */
export const isInClosedPeriod = (on: string, closedThrough: string | null): boolean =>
  closedThrough !== null && on <= closedThrough;

/** Why the books cannot be closed (a message code of the server's catalogue). */
export type CloseProblem = 'real_date' | 'not_month_end' | 'books_already_closed';

/** Why the books cannot be closed through `through`, or null: only forward, and only to a month's end. */
export function closeProblem(
  through: string,
  closedThrough: string | null,
): { code: CloseProblem; params?: { closedThrough: string } } | null {
  const d = new Date(`${through}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return { code: 'real_date' };
  const next = new Date(d.getTime() + 86_400_000);
  if (next.getUTCDate() !== 1) return { code: 'not_month_end' };
  if (closedThrough !== null && through <= closedThrough)
    return { code: 'books_already_closed', params: { closedThrough } };
  return null;
}

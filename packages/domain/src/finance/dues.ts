// Membership dues: a schedule of tiers by size class, payroll band or flat; annual, or pro-rated
// from the day a firm joins during the fiscal year (by days left, rounded to the cent).
import type { SizeClass } from '../reference/size-class.ts';
import { mulDivRound } from './money.ts';

export const DUES_BASES = ['flat', 'size_class', 'payroll_band'] as const;
export type DuesBasis = (typeof DUES_BASES)[number];

export interface DuesSchedule {
  basis: DuesBasis;
  /** flat: one amount. */
  flatCents?: number;
  /** size_class: an amount per class. */
  bySizeClass?: Partial<Record<SizeClass, number>>;
  /** payroll_band: ascending bands, each up to `upToCents` of annual payroll (null = no limit). */
  byPayroll?: readonly { upToCents: number | null; cents: number }[];
  /** Pro-rate a firm that joins during the year. */
  prorate: boolean;
}

/** The full-year dues of a member, or null when the schedule has no tier for it. */
export function annualDues(
  schedule: DuesSchedule,
  member: { sizeClass: SizeClass; payrollCents: number | null },
): number | null {
  if (schedule.basis === 'flat') return schedule.flatCents ?? null;
  if (schedule.basis === 'size_class') return schedule.bySizeClass?.[member.sizeClass] ?? null;
  if (member.payrollCents === null) return null;
  const band = (schedule.byPayroll ?? []).find((b) => b.upToCents === null || member.payrollCents! <= b.upToCents);
  return band?.cents ?? null;
}

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/**
 * The dues for the fiscal year [yearStart, yearEnd] of a firm that joined on `joinedOn`: the full
 * amount if it joined on or before the first day (or the schedule does not pro-rate), else the
 * share of days from joining to the year's end, rounded half away from zero; 0 after the year.
 */
export function duesForYear(
  annualCents: number,
  schedule: Pick<DuesSchedule, 'prorate'>,
  year: { start: string; end: string },
  joinedOn: string | null,
): number {
  if (!schedule.prorate || joinedOn === null || joinedOn <= year.start) return annualCents;
  if (joinedOn > year.end) return 0;
  const daysInYear = dayNumber(year.end) - dayNumber(year.start) + 1;
  const daysLeft = dayNumber(year.end) - dayNumber(joinedOn) + 1;
  return mulDivRound(annualCents, daysLeft, daysInYear);
}

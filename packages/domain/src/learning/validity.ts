// How long an attestation stays valid, when it must be renewed, and when its firm is reminded.
// A course may carry a validity in months (first aid 36, WHMIS/SIMDUT 12); an attestation of that
// course then expires that many months after its last day of training. Dates are 'YYYY-MM-DD'.

import { addDays } from '../dates.ts';

/** The longest validity a course may state, in months (20 years). */
export const MAX_VALIDITY_MONTHS = 240;

/** Reminders before an expiry, in days; the firm's contact hears once per threshold. */
export const EXPIRY_REMINDER_DAYS = [60, 14] as const;

/** What the expiry lists are narrowed to: expiring within the horizon, already expired, or both. */
export const EXPIRY_FILTERS = ['expiring', 'expired', 'all'] as const;
export type ExpiryFilter = (typeof EXPIRY_FILTERS)[number];

/** An attestation's standing on a day: no expiry, valid, expiring within the horizon, expired. */
export const EXPIRY_STATUSES = ['none', 'valid', 'expiring', 'expired'] as const;
export type ExpiryStatus = (typeof EXPIRY_STATUSES)[number];

const DAY_MS = 86_400_000;
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The number of days in a month (1–12) of a year, leap years included. */
function daysInMonth(year: number, month: number): number {
  return [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ][month - 1];
}

/**
 * Adds whole months to a date; a day the target month lacks becomes its last day (Jan 31 + 1 month
 * = Feb 28 or 29), as PostgreSQL's `date + interval 'n months'` does, so SQL filters and the API agree.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + Math.trunc(months);
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** The day an attestation stops being valid: its last day of training plus the course's validity; null when the course states none. */
export function expiryOf(dateTo: string, validityMonths: number | null | undefined): string | null {
  if (validityMonths === null || validityMonths === undefined) return null;
  return addMonths(dateTo, validityMonths);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The standing of an attestation expiring on `expiresOn` seen on `today`: expired from its expiry day on, expiring within `horizonDays` before it. */
export function expiryStatusOf(
  expiresOn: string | null,
  today: string,
  horizonDays: number = EXPIRY_REMINDER_DAYS[0],
): ExpiryStatus {
  if (!expiresOn) return 'none';
  if (expiresOn <= today) return 'expired';
  return daysBetween(today, expiresOn) <= horizonDays ? 'expiring' : 'valid';
}

/**
 * The reminder threshold due on `today` for an expiry, or null: the smallest threshold whose window
 * has opened (so a late start sends one reminder, not every missed one), none once expired.
 * The caller sends it unless that threshold was already sent for this expiry.
 */
export function dueReminderThreshold(
  expiresOn: string | null,
  today: string,
  thresholds: readonly number[] = EXPIRY_REMINDER_DAYS,
): number | null {
  if (!expiresOn || expiresOn <= today) return null;
  const left = daysBetween(today, expiresOn);
  const open = thresholds.filter((t) => left <= t);
  return open.length ? Math.min(...open) : null;
}

/** The month 'YYYY-MM' of a date, moved by `months`. */
function monthOf(date: string, months = 0): string {
  return addMonths(`${date.slice(0, 7)}-01`, months).slice(0, 7);
}

/**
 * The periods a renewal need asks for: the three months before the expiry month, or the next three
 * months (from next month) when that is already too late; never the current month or the past.
 */
export function renewalPeriods(today: string, expiresOn: string | null): string[] {
  const first = monthOf(today, 1);
  const beforeExpiry = expiresOn ? monthOf(expiresOn, -3) : first;
  const [, start] = [beforeExpiry, first].sort(); // the later of the two months
  return [0, 1, 2].map((k) => monthOf(`${start}-01`, k));
}

/** The last day of the window in which expiries are listed as coming: today plus the horizon. */
export const horizonEnd = (today: string, horizonDays: number): string => addDays(today, horizonDays);

// The days a calendar of sessions shows: a month as whole weeks (Monday first, as in Québec's
// calendars), or one week. Dates are 'YYYY-MM-DD'; no clock, no local time.

import { addDays } from '../dates.ts';

export const CALENDAR_VIEWS = ['month', 'week'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** The Monday of the week a date falls in. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(date, -((weekday + 6) % 7));
}

/** The first of the month a date falls in, moved by `months`. */
export function firstOfMonth(date: string, months = 0): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The weeks (7 days each, Monday to Sunday) that cover a date's month: 4 to 6 of them. */
export function monthWeeks(date: string): string[][] {
  const first = firstOfMonth(date);
  const last = addDays(firstOfMonth(date, 1), -1);
  const weeks: string[][] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7))
    weeks.push([0, 1, 2, 3, 4, 5, 6].map((k) => addDays(monday, k)));
  return weeks;
}

/** The days from Monday to Sunday of a date's week. */
export const weekDays = (date: string): string[] => [0, 1, 2, 3, 4, 5, 6].map((k) => addDays(mondayOf(date), k));

/** The first and last day a view of a date shows (a month view: its whole weeks). */
export function viewRange(view: CalendarView, date: string): { from: string; to: string } {
  const days = view === 'month' ? monthWeeks(date).flat() : weekDays(date);
  return { from: days[0] as string, to: days[days.length - 1] as string };
}

/** The date the previous (-1) or next (+1) view starts from: a month or a week away. */
export const shiftView = (view: CalendarView, date: string, step: -1 | 1): string =>
  view === 'month' ? firstOfMonth(date, step) : addDays(mondayOf(date), 7 * step);

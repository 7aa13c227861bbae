// Calendar dates, months, ranges, times of day and instants as a reader of the language writes them.
// Dates are 'YYYY-MM-DD' strings (read as such, never shifted by a time zone); instants are shown in Montréal.
import { MUTUAL_TIME_ZONE } from '../dates.ts';
import { intlLocale, type Lang, oneSpace } from './locale.ts';

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), options);
    cache.set(key, format);
  }
  return format;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;
/** A calendar date as the instant of its UTC midnight, formatted in UTC: the same day everywhere. */
const utcDay = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
/** French writes the first day of a month "1er" (1er janvier, 1er–3 mars), which Intl does not. */
const firstOfMonth = (text: string, lang: Lang) =>
  lang === 'fr' ? text.replace(/(^|\s)1(?=[\s\u00a0–])/g, '$11er') : text;

/** A calendar date in words: "6 décembre 2026" / "December 6, 2026"; `short`: "6 déc. 2026" / "Dec 6, 2026". */
export function formatDate(iso: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  return firstOfMonth(
    oneSpace(
      dateFormat(lang, { dateStyle: style === 'long' ? 'long' : 'medium', timeZone: 'UTC' }).format(utcDay(iso)),
    ),
    lang,
  );
}

/** A calendar date with its weekday: "lundi 7 décembre 2026" / "Monday, December 7, 2026". */
export function formatDayOfWeek(iso: string, lang: Lang): string {
  return firstOfMonth(oneSpace(dateFormat(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(utcDay(iso))), lang);
}

/** A day for a column head, with its weekday: "lun. 7 déc." / "Mon, Dec 7". */
export function formatDayShort(iso: string, lang: Lang): string {
  return firstOfMonth(
    oneSpace(
      dateFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(utcDay(iso)),
    ),
    lang,
  );
}

/** A month written 'YYYY-MM' in words: "janvier 2027" / "January 2027". */
export function formatMonth(month: string, lang: Lang): string {
  return oneSpace(
    dateFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`)),
  );
}

/**
 * A period as people read it: a month 'YYYY-MM' in words ("janvier 2027"), a year 'YYYY' as is, a
 * date 'YYYY-MM-DD' in words; anything else unchanged.
 */
export function formatPeriod(period: string, lang: Lang): string {
  if (MONTH.test(period)) return formatMonth(period, lang);
  if (DAY.test(period)) return formatDate(period, lang);
  if (YEAR.test(period)) return period;
  return period;
}

/** Periods in order, each in words, joined by commas: "janvier 2027, mars 2027". */
export function formatPeriods(periods: readonly string[], lang: Lang): string {
  return [...periods]
    .sort()
    .map((p) => formatPeriod(p, lang))
    .join(', ');
}

/**
 * From one date to another, the shared parts written once: "6–8 décembre 2026",
 * "December 6, 2026–January 8, 2027"; one date when both are the same or one is missing.
 */
export function formatDateRange(from: string | null | undefined, to: string | null | undefined, lang: Lang): string {
  if (!from && !to) return '';
  if (!from || !to || from.slice(0, 10) === to.slice(0, 10)) return formatDate((from ?? to) as string, lang);
  return firstOfMonth(
    oneSpace(dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(utcDay(from), utcDay(to))),
    lang,
  );
}

/** A time of day written 'HH:MM' (24 h): "8 h 30" / "8:30 a.m.". */
export function formatTime(hhmm: string, lang: Lang): string {
  const [h, m] = hhmm.split(':').map(Number);
  return oneSpace(
    dateFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, 0, 1, h ?? 0, m ?? 0)),
    ),
  );
}

/** A meeting day with its hours: "6 décembre 2026, 8 h 30 – 16 h" / "December 6, 2026, 8:30 a.m. – 4:00 p.m.". */
export function formatMeetingDay(day: { day: string; startsAt: string; endsAt: string }, lang: Lang): string {
  return `${formatDayOfWeek(day.day, lang)}, ${formatTime(day.startsAt, lang)} – ${formatTime(day.endsAt, lang)}`;
}

/** An instant (ISO timestamp) as a Montréal date and time: "6 décembre 2026 à 9 h 30" / "December 6, 2026 at 9:30 a.m.". */
export function formatDateTime(instant: string | Date, lang: Lang): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return oneSpace(
    dateFormat(lang, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: MUTUAL_TIME_ZONE,
    }).format(d),
  );
}

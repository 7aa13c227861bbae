import { todayInMontreal } from '@mutualis/domain/dates';
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatHours,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPeriods,
  formatTime,
  intlLocale,
  langOf,
  textIn,
} from '@mutualis/domain/format/index';
import { useTranslation } from 'react-i18next';

/**
 * The shared formatting module (packages/domain/src/format) in the page's language: numbers, hours,
 * money (integer cents), percentages, dates, months, periods, times and texts kept in both languages.
 * Empty values give ''.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const blank = (v: unknown): v is null | undefined => v === null || v === undefined;
  return {
    lang,
    locale: intlLocale(lang),
    number: (n: number | null | undefined, maxDigits?: number) => (blank(n) ? '' : formatNumber(n, lang, maxDigits)),
    /** "7,5 h" / "7.5 h". */
    hours: (h: number | null | undefined) => (blank(h) ? '' : formatHours(h, lang)),
    /** "1 200,50 $" / "$1,200.50"; cents shown when the amount has some, unless `digits` says 0 or 2. */
    money: (cents: number | null | undefined, digits: 'auto' | 0 | 2 = 'auto') =>
      blank(cents) ? '' : formatMoney(cents, lang, digits),
    /** Integer cents to the cent: "1 200,50 $" in French, "$1,200.50" in English (invoices, ledgers). */
    amount: (cents: number | null | undefined) => (blank(cents) ? '' : formatMoney(cents, lang, 2)),
    /** A rate in millionths (taxes, coverage, interest) as a percentage: 99 750 → "9,975 %". */
    ppm: (ppm: number | null | undefined) => (blank(ppm) ? '' : formatPercent(ppm / 1_000_000, lang, 4)),
    /** A ratio as "11,2 %" / "11.2%". */
    percent: (ratio: number | null | undefined, maxDigits?: number) =>
      blank(ratio) ? '' : formatPercent(ratio, lang, maxDigits),
    /** "6 décembre 2026" / "December 6, 2026"; `short`: "6 déc. 2026". */
    date: (iso: string | null | undefined, style?: 'long' | 'short') => (iso ? formatDate(iso, lang, style) : ''),
    /** An instant in Montréal: "6 décembre 2026 à 9 h 30". */
    dateTime: (iso: string | null | undefined) => (iso ? formatDateTime(iso, lang) : ''),
    /** "6–8 décembre 2026". */
    dateRange: (from: string | null | undefined, to: string | null | undefined) => formatDateRange(from, to, lang),
    /** A month 'YYYY-MM' in words: "janvier 2027". */
    month: (month: string | null | undefined) => (month ? formatMonth(month, lang) : ''),
    /** A period ('YYYY-MM' in words, 'YYYY' as is). */
    period: (period: string | null | undefined) => (period ? formatPeriod(period, lang) : ''),
    /** Months as the options of a picker: the value 'YYYY-MM', the label in words. */
    monthOptions: (months: readonly string[]) => months.map((m) => ({ value: m, label: formatPeriod(m, lang) })),
    /** Periods in order, in words, joined by commas. */
    periods: (periods: readonly string[] | null | undefined) => formatPeriods(periods ?? [], lang),
    /** A time of day 'HH:MM': "8 h 30" / "8:30 a.m.". */
    time: (hhmm: string | null | undefined) => (hhmm ? formatTime(hhmm, lang) : ''),
    /** A count and its noun by the language's plural rules ("1 besoin", "2 besoins"). */
    count: (n: number, noun: { one: string; other: string }) => formatCount(n, lang, noun),
    /** A text kept in both languages (a course's title) in the page's, else the other. */
    text: (texts: { fr?: string | null; en?: string | null }) => textIn(texts, lang),
  };
}

/** Dollars (a number, or a form field's text) as integer cents, rounded to the cent. */
export const dollarsToCents = (dollars: number | string) => Math.round(Number(dollars) * 100);

/** Today's date in Montreal, the mutual's calendar (in the evening UTC is already tomorrow). */
export function today(): string {
  return todayInMontreal(new Date());
}

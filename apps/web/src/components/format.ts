import { todayInMontreal } from '@mutualis/domain/dates';
import { useTranslation } from 'react-i18next';

/** Number, money (integer cents) and date formatting in the current language (fr-CA / en-CA). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en-CA' : 'fr-CA';
  return {
    locale,
    number: (n: number | null | undefined) => (n === null || n === undefined ? '' : new Intl.NumberFormat(locale).format(n)),
    money: (cents: number | null | undefined, digits = 0) =>
      cents === null || cents === undefined
        ? ''
        : new Intl.NumberFormat(locale, {
            style: 'currency',
            currency: 'CAD',
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(cents / 100),
    /** Integer cents to the cent: "1 200,50 $" in French, "$1,200.50" in English (invoices, ledgers). */
    amount: (cents: number | null | undefined) =>
      cents === null || cents === undefined ? '' : new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100),
    /** A rate in millionths as a percentage: 99 750 → "9,975 %". */
    percent: (ppm: number | null | undefined) => (ppm === null || ppm === undefined ? '' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 4 }).format(ppm / 1_000_000)),
    date: (iso: string | null | undefined) =>
      iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)) : '',
    dateTime: (iso: string | null | undefined) =>
      iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '',
  };
}

/** Dollars (a number, or a form field's text) as integer cents, rounded to the cent. */
export const dollarsToCents = (dollars: number | string) => Math.round(Number(dollars) * 100);

/** Today's date in Montreal, the mutual's calendar (in the evening UTC is already tomorrow). */
export function today(): string {
  return todayInMontreal(new Date());
}

// Numbers, hours, money and percentages as a reader of the language writes them.
import { intlLocale, type Lang, NBSP, oneSpace } from './locale.ts';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), options);
    cache.set(key, format);
  }
  return format;
}

/**
 * A number with the language's separators and at most `maxDigits` decimals: "1 234,5" / "1,234.5".
 * `grouping: 'min2'` groups thousands from 10 000 only, so that a year or a page number in a
 * sentence stays "2027".
 */
export function formatNumber(n: number, lang: Lang, maxDigits = 2, grouping: 'always' | 'min2' = 'always'): string {
  return oneSpace(
    numberFormat(lang, { maximumFractionDigits: maxDigits, useGrouping: grouping === 'min2' ? 'min2' : true }).format(
      n,
    ),
  );
}

/** Hours: "7,5 h" / "7.5 h" (a no-break space before the unit). */
export function formatHours(hours: number, lang: Lang): string {
  return `${formatNumber(hours, lang)}${NBSP}h`;
}

/**
 * Money from integer cents, in Canadian dollars: "1 200,50 $" / "$1,200.50". Cents are shown when
 * the amount has some (`digits: 'auto'`, the default), always (2) or never (0, rounded to the dollar).
 */
export function formatMoney(cents: number, lang: Lang, digits: 'auto' | 0 | 2 = 'auto'): string {
  const places = digits === 'auto' ? (Math.round(cents) % 100 === 0 ? 0 : 2) : digits;
  return oneSpace(
    numberFormat(lang, {
      style: 'currency',
      currency: 'CAD',
      minimumFractionDigits: places,
      maximumFractionDigits: places,
    }).format(cents / 100),
  );
}

/** A ratio as a percentage with at most `maxDigits` decimals: 0.112 → "11,2 %" / "11.2%". */
export function formatPercent(ratio: number, lang: Lang, maxDigits = 1): string {
  return oneSpace(numberFormat(lang, { style: 'percent', maximumFractionDigits: maxDigits }).format(ratio));
}

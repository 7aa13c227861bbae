// Counts with the noun in the right form, by the language's plural rules (French: 0 and 1 are singular).

import { intlLocale, type Lang } from './locale.ts';
import { formatNumber } from './numbers.ts';

const rules = { fr: new Intl.PluralRules(intlLocale('fr')), en: new Intl.PluralRules(intlLocale('en')) };

/** The plural category of a count in the language: 'one' or 'other' for French and English. */
export function pluralOf(n: number, lang: Lang): Intl.LDMLPluralRule {
  return rules[lang].select(n);
}

/** A count and its noun: count(1, 'fr', { one: 'besoin', other: 'besoins' }) → "1 besoin"; "2 besoins". */
export function formatCount(n: number, lang: Lang, noun: { one: string; other: string }): string {
  return `${formatNumber(n, lang)} ${pluralOf(n, lang) === 'one' ? noun.one : noun.other}`;
}

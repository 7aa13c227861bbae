// The two languages people read Mutualis in, and the Intl locale each is written with.
import type { AccountLocale } from '../accounts/locale.ts';

/** A reader's language: French (the default) or English. */
export type Lang = AccountLocale;

/** The Intl locale of a language: Canadian French or Canadian English. */
export const intlLocale = (lang: Lang): 'fr-CA' | 'en-CA' => (lang === 'en' ? 'en-CA' : 'fr-CA');

/** The reader's language from any language tag ('en-US' → 'en'); French for anything else. */
export const langOf = (tag: string | null | undefined): Lang => (tag?.toLowerCase().startsWith('en') ? 'en' : 'fr');

/**
 * One space character for every ICU version: a no-break space (U+00A0). Depending on its version,
 * ICU separates French thousands and puts the space before "$" and "%" with a narrow no-break space
 * (U+202F) or a no-break space; U+202F is also missing from the PDF fonts' encoding (WinAnsi).
 */
export const NBSP = '\u00a0';
export const oneSpace = (s: string) => s.replace(/[\u202f\u00a0]/g, NBSP);

// The languages an account works in.

/** The account's language: the web app's and its e-mails' (French first, the default). */
export const ACCOUNT_LOCALES = ['fr', 'en'] as const;
export type AccountLocale = (typeof ACCOUNT_LOCALES)[number];

/** The account language closest to a browser or i18n language tag (English for en-*, else French). */
export const accountLocaleOf = (language: string): AccountLocale =>
  language.toLowerCase().startsWith('en') ? 'en' : 'fr';

/** Each account language named in itself, as language pickers show it. */
export const LOCALE_AUTONYMS: Record<AccountLocale, string> = { fr: 'Français', en: 'English' };

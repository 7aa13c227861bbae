import { formatNumber, langOf } from '@mutualis/domain/format/index';
import i18n, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const STORAGE_KEY = 'mutualis.locale';

// Every locales/<lang>/<namespace>.json is a namespace: a feature adds its own file, nothing else to register.
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [file, module] of Object.entries(files)) {
  const match = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(file);
  if (!match) continue;
  const [, lang, ns] = match;
  resources[lang] ??= {};
  resources[lang][ns] = module.default;
}

export function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'fr' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(lang: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/**
 * The language an e-mailed link names (`?lang=`: the account's, on the invitation and password reset
 * pages, which are read before login). Like the account's language after login, it applies unless this
 * browser made an explicit choice.
 */
function linkLanguage(): Language | null {
  const value = new URLSearchParams(window.location.search).get('lang');
  return value === 'fr' || value === 'en' ? value : null;
}

i18n.on('languageChanged', (lang) => {
  document.documentElement.lang = lang;
});

/**
 * Every number put into a text is written for its language ("7,5 h", "12 500 places") by the shared
 * formatting module; below 10 000 without grouping, so that years and page numbers stay "2027". A
 * formatter module (i18next replaces `interpolation.format` with its own formatter's, which leaves a
 * value without a named format as it is).
 */
const numbersInWords: FormatterModule = {
  type: 'formatter',
  init: () => {},
  add: () => {},
  addCached: () => {},
  format: (value, _format, lng) => (typeof value === 'number' ? formatNumber(value, langOf(lng), 2, 'min2') : value),
};

void i18n
  .use(initReactI18next)
  .use(numbersInWords)
  .init({
    resources,
    lng: storedLanguage() ?? linkLanguage() ?? 'fr',
    fallbackLng: 'fr',
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    ns: Object.keys(resources.fr ?? {}),
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
document.documentElement.lang = i18n.language;

export default i18n;

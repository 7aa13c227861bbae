import { formatNumber, langOf } from '@mutualis/domain/format/index';
import i18n, { type BackendModule, type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const STORAGE_KEY = 'mutualis.locale';

// Every locales/<lang>/<namespace>.json is a namespace: a feature adds its own file, nothing else to register.
// French (the default language, and the fallback of a missing English text) comes with the first
// download; another language's texts are fetched when the page is first shown in it (one chunk per
// language, vite.config.ts): a first visit downloads one language's texts, not both (issue #15).
const bundled = import.meta.glob<{ default: Record<string, unknown> }>('./locales/fr/*.json', { eager: true });
const fetched = import.meta.glob<Record<string, unknown>>(['./locales/*/*.json', '!./locales/fr/*.json'], {
  import: 'default',
});
const nameOf = (file: string) => /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(file);
const resources: Record<string, Record<string, Record<string, unknown>>> = { fr: {} };
for (const [file, module] of Object.entries(bundled)) {
  const match = nameOf(file);
  if (match) resources.fr[match[2]] = module.default;
}

/** Reads a namespace of a language that is not bundled (i18next asks for each; they share one chunk). */
const otherLanguages: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (lng, ns, done) => {
    const load = fetched[`./locales/${lng}/${ns}.json`];
    if (!load) {
      done(new Error(`no texts for ${lng}/${ns}`), false);
      return;
    }
    load().then(
      (texts) => done(null, texts),
      (error: Error) => done(error, false),
    );
  },
};

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

/**
 * Resolves once the texts of the page's language are here: at once in French (bundled); in another
 * language, when its chunk has arrived (main.tsx renders then, so no text shows in the wrong language).
 */
const firstLanguage = storedLanguage() ?? linkLanguage() ?? 'fr';
export const i18nReady = i18n
  .use(initReactI18next)
  .use(numbersInWords)
  .use(otherLanguages)
  .init({
    resources,
    partialBundledLanguages: true, // French is bundled, the other languages come from the backend above
    lng: firstLanguage,
    fallbackLng: 'fr',
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    ns: Object.keys(resources.fr),
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
document.documentElement.lang = firstLanguage; // before its texts arrive, the API is asked in it too

export default i18n;

// The names people read for the codes Mutualis stores: regions, languages, NOC categories and TEER
// levels, size classes, education levels, end reasons, SCIAN sectors. A code without a name is
// shown as is (never an empty cell).
import { NOC_BROAD_CATEGORIES, TEER_LEVELS } from '../reference/noc.ts';
import { EDUCATION_LEVELS, END_REASONS, LANGUAGES } from '../reference/people.ts';
import { REGIONS } from '../reference/regions.ts';
import { SCIAN_SECTORS, SCIAN_SUBSECTORS } from '../reference/scian.ts';
import { SIZE_CLASSES } from '../reference/size-class.ts';
import type { Lang } from './locale.ts';

type Named = { fr: string; en: string };
const nameIn = (item: Named | undefined, lang: Lang, fallback: string) => (item ? item[lang] : fallback);

/** A Quebec region's name from its code: '14' → "Lanaudière"; '' for none. */
export function regionName(code: string | null | undefined, lang: Lang): string {
  return code
    ? nameIn(
        REGIONS.find((r) => r.code === code),
        lang,
        code,
      )
    : '';
}

/** A language's name from its code, capitalised as a label: 'fr' → "Français" / "French", 'en' → "Anglais" / "English". */
export function languageName(code: string | null | undefined, lang: Lang): string {
  return code
    ? nameIn(
        LANGUAGES.find((l) => l.code === code),
        lang,
        code,
      )
    : '';
}

/** A TEER level's name: 2 → "FEER 2 – Collégial de 2 ans ou plus…" / "TEER 2 – College program…". */
export function teerName(teer: number | null | undefined, lang: Lang): string {
  return teer === null || teer === undefined
    ? ''
    : nameIn(
        TEER_LEVELS.find((l) => l.teer === teer),
        lang,
        String(teer),
      );
}

/** The broad NOC 2021 category of a NOC code (its first digit): '72100' → "Métiers, transport, machinerie…". */
export function nocCategoryName(code: string | null | undefined, lang: Lang): string {
  return code
    ? nameIn(
        NOC_BROAD_CATEGORIES.find((c) => c.code === code[0]),
        lang,
        code,
      )
    : '';
}

/** A firm size class's name: 'small' → "Petite (10 à 99)" / "Small (10 to 99)". */
export function sizeClassName(code: string | null | undefined, lang: Lang): string {
  return code
    ? nameIn(
        SIZE_CLASSES.find((s) => s.code === code),
        lang,
        code,
      )
    : '';
}

/** An education level's name: 'secondary' → "Diplôme d'études secondaires (DES)". */
export function educationName(code: string | null | undefined, lang: Lang): string {
  return code
    ? nameIn(
        EDUCATION_LEVELS.find((e) => e.code === code),
        lang,
        code,
      )
    : '';
}

/** Why an employment ended: 'layoff' → "Mise à pied" / "Layoff". */
export function endReasonName(code: string | null | undefined, lang: Lang): string {
  return code
    ? nameIn(
        END_REASONS.find((e) => e.code === code),
        lang,
        code,
      )
    : '';
}

/** A SCIAN sector or subsector with its code: '332' → "332 – Fabrication de produits métalliques". */
export function scianName(code: string | null | undefined, lang: Lang): string {
  if (!code) return '';
  const sub = SCIAN_SUBSECTORS.find((s) => s.code === code);
  if (sub) return `${code} – ${sub[lang]}`;
  const sector = SCIAN_SECTORS.find((s) => s.code === code || s.prefixes.includes(code));
  return sector ? `${code} – ${sector[lang]}` : code;
}

/**
 * A text kept in both languages (a course's title) in the reader's: the other language's when the
 * reader's is empty, '' when both are.
 */
export function textIn(texts: { fr?: string | null; en?: string | null }, lang: Lang): string {
  const mine = (lang === 'en' ? texts.en : texts.fr)?.trim();
  const other = (lang === 'en' ? texts.fr : texts.en)?.trim();
  return mine || other || '';
}

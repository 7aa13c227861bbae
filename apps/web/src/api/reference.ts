// Reference lists (regions, SCIAN, NOC/TEER, education, end reasons) come from the pure domain
// package with their official French and English names; this picks the label of the current language.

import {
  educationName,
  endReasonName,
  languageName,
  nocCategoryName,
  regionName,
  scianName,
  sizeClassName,
  teerName,
} from '@mutualis/domain/format/index';
import {
  EDUCATION_LEVELS,
  END_REASONS,
  NOC_BROAD_CATEGORIES,
  REGIONS,
  SCIAN_SECTORS,
  SCIAN_SUBSECTORS,
  SIZE_CLASSES,
  teerOfNoc,
} from '@mutualis/domain/reference/index';
import { useTranslation } from 'react-i18next';

type Labelled = { fr: string; en: string };

export function useReference() {
  const { i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const lang = en ? 'en' : 'fr';
  const label = (item: Labelled | undefined, fallback = '') => (item ? (en ? item.en : item.fr) : fallback);
  // the names of codes come from the shared formatting module, as in documents and e-mails
  const regionLabel = (code: string | null | undefined) => regionName(code, lang);
  const scianLabel = (code: string | null | undefined) => scianName(code, lang);
  return {
    en,
    label,
    regionLabel,
    scianLabel,
    sizeClassLabel: (code: string | null | undefined) => sizeClassName(code, lang),
    educationLabel: (code: string | null | undefined) => educationName(code, lang),
    endReasonLabel: (code: string | null | undefined) => endReasonName(code, lang),
    languageLabel: (code: string | null | undefined) => languageName(code, lang),
    teerLabel: (teer: number | null | undefined) => (teer === null || teer === undefined ? '' : teerName(teer, lang)),
    nocCategoryLabel: (code: string) =>
      NOC_BROAD_CATEGORIES.some((c) => c.code === code[0]) ? nocCategoryName(code, lang) : '',
    regionOptions: REGIONS.map((r) => ({ value: r.code, label: `${r.code} – ${label(r)}` })),
    sizeClassOptions: SIZE_CLASSES.map((s) => ({ value: s.code, label: label(s) })),
    scianOptions: SCIAN_SECTORS.map((s) => ({
      group: `${s.code} – ${label(s)}`,
      items: SCIAN_SUBSECTORS.filter((sub) => sub.sector === s.code).map((sub) => ({
        value: sub.code,
        label: `${sub.code} – ${label(sub)}`,
      })),
    })).filter((g) => g.items.length > 0),
    educationOptions: EDUCATION_LEVELS.map((e) => ({ value: e.code, label: label(e) })),
    endReasonOptions: END_REASONS.map((e) => ({ value: e.code, label: label(e) })),
  };
}

export { teerOfNoc };

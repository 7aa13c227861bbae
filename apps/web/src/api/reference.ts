// Reference lists (regions, SCIAN, NOC/TEER, education, end reasons) come from the pure domain
// package with their official French and English names; this picks the label of the current language.
import {
  EDUCATION_LEVELS,
  END_REASONS,
  NOC_BROAD_CATEGORIES,
  REGIONS,
  SCIAN_SECTORS,
  SCIAN_SUBSECTORS,
  SIZE_CLASSES,
  TEER_LEVELS,
  teerOfNoc,
} from '@mutualis/domain/reference/index';
import { useTranslation } from 'react-i18next';

type Labelled = { fr: string; en: string };

export function useReference() {
  const { i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const label = (item: Labelled | undefined, fallback = '') => (item ? (en ? item.en : item.fr) : fallback);
  const regionLabel = (code: string | null | undefined) =>
    label(
      REGIONS.find((r) => r.code === code),
      code ?? '',
    );
  const scianLabel = (code: string | null | undefined) => {
    if (!code) return '';
    const sub = SCIAN_SUBSECTORS.find((s) => s.code === code);
    if (sub) return `${code} – ${label(sub)}`;
    const sector = SCIAN_SECTORS.find((s) => s.code === code || s.prefixes.includes(code));
    return sector ? `${code} – ${label(sector)}` : code;
  };
  return {
    en,
    label,
    regionLabel,
    scianLabel,
    sizeClassLabel: (code: string | null | undefined) => label(SIZE_CLASSES.find((s) => s.code === code), code ?? ''),
    educationLabel: (code: string | null | undefined) => label(EDUCATION_LEVELS.find((e) => e.code === code), code ?? ''),
    endReasonLabel: (code: string | null | undefined) => label(END_REASONS.find((e) => e.code === code), code ?? ''),
    teerLabel: (teer: number | null | undefined) => label(TEER_LEVELS.find((l) => l.teer === teer), ''),
    nocCategoryLabel: (code: string) => label(NOC_BROAD_CATEGORIES.find((c) => c.code === code[0]), ''),
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

import { useTranslation } from 'react-i18next';
import { BARRIER_REASONS, HEARD_FROM, JOIN_REASONS } from './api.ts';

/** The label of a reason code in the current language (join reasons, barriers, where they heard of the mutual). */
export function useReasonLabel() {
  const { i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const all = [...JOIN_REASONS, ...BARRIER_REASONS, ...HEARD_FROM.map((h) => ({ ...h, code: `heard:${h.code}` }))];
  return (code: string, list: 'join' | 'barrier' | 'heardFrom' = 'barrier') => {
    const item =
      list === 'heardFrom'
        ? all.find((r) => r.code === `heard:${code}`)
        : (list === 'join' ? JOIN_REASONS : BARRIER_REASONS).find((r) => r.code === code);
    return item ? (en ? item.en : item.fr) : code;
  };
}

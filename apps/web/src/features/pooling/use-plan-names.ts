import { useTranslation } from 'react-i18next';
import type { PoolingRunDetail } from './api.ts';

/** The names behind a plan's ids (firms, courses, providers, needs' topics) in the page's language. */
export function usePlanNames(run: Pick<PoolingRunDetail, 'names'> | undefined) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  return {
    firm: (memberId: string) => run?.names.members[memberId] ?? t('pooling:unknownFirm'),
    course: (offerId: string) => {
      const o = run?.names.offers[offerId];
      return o ? (en ? o.titleEn : o.titleFr) : offerId;
    },
    provider: (offerId: string) => run?.names.offers[offerId]?.providerName ?? '',
    topicOfNeed: (needId: string) => {
      const n = run?.names.needs[needId];
      return n ? (en ? n.topicEn : n.topicFr) : '';
    },
    memberOfNeed: (needId: string) => run?.names.needs[needId]?.memberId ?? '',
    region: (region: string | null) => region ?? t('pooling:virtual'),
  };
}

export type PlanNames = ReturnType<typeof usePlanNames>;

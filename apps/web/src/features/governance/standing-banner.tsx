import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.ts';
import { useStanding } from './api.ts';

/** s.1: while the mutual is not recognised, payments to it do not count as training spending — said on every page of its people. */
export function StandingBanner() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useStanding();
  if (!data || data.paymentsCount) {
    if (data?.status === 'under_notice') {
      return (
        <Alert
          color="orange"
          variant="light"
          mb="md"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('governance:standing.noticeTitle')}
        >
          {t('governance:standing.notice', { date: format.date(data.answerDueOn) })}
        </Alert>
      );
    }
    return null;
  }
  return (
    <Alert
      color="red"
      variant="light"
      mb="md"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('governance:standing.title')}
      role="alert"
    >
      {t(`governance:standing.text.${data.status}`)} {t('governance:standing.consequence')}
    </Alert>
  );
}

import { Anchor, Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../components/format.ts';
import { useReportDeadline } from './api.ts';

/** The dashboard's countdown to the annual report (s.16, due 31 March) and what is still missing. */
export function ReportCountdown() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useReportDeadline();
  if (!data) return null;
  const late = data.daysLeft < 0 && data.status !== 'submitted';
  return (
    <Card withBorder padding="sm" bg={late ? 'red.0' : undefined}>
      <Group justify="space-between" wrap="wrap">
        <div>
          <Text size="xs" c="dimmed">
            {t('reports:countdown.label', { year: data.fiscalYear })}
          </Text>
          <Text fw={700} size="lg">
            {data.status === 'submitted'
              ? t('reports:countdown.submitted')
              : late
                ? t('reports:countdown.late', { count: -data.daysLeft })
                : t('reports:countdown.days', { count: data.daysLeft })}
          </Text>
          <Text size="xs">
            {t('reports:countdown.due', { date: format.date(data.dueOn) })} ·{' '}
            {t('reports:countdown.missing', { count: data.missing })}
          </Text>
        </div>
        <Anchor component={Link} to="/annual-report">
          {t('reports:countdown.open')}
        </Anchor>
      </Group>
    </Card>
  );
}

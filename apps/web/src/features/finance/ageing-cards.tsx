import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.ts';
import { AGEING_BUCKETS, useAgeing } from './api.ts';

/** Receivables by age, in all. */
export function AgeingCards() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useAgeing();
  if (!data) return null;
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} mb="lg">
      {AGEING_BUCKETS.map((b) => (
        <Card withBorder padding="sm" key={b}>
          <Text size="xs" c="dimmed">
            {t('finance:ageing.bucket', { days: b })}
          </Text>
          <Text fw={700}>{format.amount(data.buckets[b])}</Text>
        </Card>
      ))}
      <Card withBorder padding="sm">
        <Text size="xs" c="dimmed">
          {t('finance:ageing.total')}
        </Text>
        <Text fw={700}>{format.amount(data.totalCents)}</Text>
      </Card>
    </SimpleGrid>
  );
}

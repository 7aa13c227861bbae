import { Badge, Card, Group, Select, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../../api/reference.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useTopicLabels } from '../../catalogue/api.ts';
import { PeriodBadges } from '../../needs/need-badges.tsx';
import { UNMET_REASONS, useUnmetNeeds } from '../api.ts';
import type { DemandFilters } from './index.tsx';

type UnmetReason = (typeof UNMET_REASONS)[number];

/** The open needs that cannot be met yet under the board's filters, with a count per reason. */
export function UnmetSection({ filters }: { filters: DemandFilters }) {
  const { t } = useTranslation();
  const topics = useTopicLabels();
  const ref = useReference();
  const [reason, setReason] = useState<UnmetReason | null>(null);
  const { topicId, regionCode, period, language } = filters;
  const unmet = useUnmetNeeds({ topicId, regionCode, period, language, reason: reason ?? undefined, pageSize: 200 });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('demand:unmet.title')}
      </Title>
      <ErrorAlert error={unmet.error} />
      <Group gap="xs" mb="sm" wrap="wrap">
        {(unmet.data?.summary ?? []).map((s) => (
          <Badge
            key={s.reason}
            variant={reason === s.reason ? 'filled' : 'light'}
            color="orange"
            styles={reason === s.reason ? undefined : { label: { color: 'var(--mantine-color-dark-7)' } }}
          >
            {t(`demand:status.${s.reason}`)} :{' '}
            {t('demand:unmet.count', {
              needs: t('common:count.needs', { count: s.needs }),
              seats: t('common:count.seats', { count: s.seats }),
            })}
          </Badge>
        ))}
      </Group>
      <Select
        label={t('demand:unmet.reason')}
        placeholder={t('common:filters.all')}
        clearable
        data={UNMET_REASONS.map((r) => ({ value: r, label: t(`demand:status.${r}`) }))}
        value={reason}
        onChange={(v) => setReason(v as UnmetReason | null)}
        w={300}
        mb="sm"
      />
      <Table.ScrollContainer minWidth={800}>
        <Table striped aria-label={t('demand:unmet.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('demand:fields.member')}</Table.Th>
              <Table.Th>{t('demand:fields.topic')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('demand:fields.seats')}</Table.Th>
              <Table.Th>{t('demand:fields.region')}</Table.Th>
              <Table.Th>{t('demand:fields.period')}</Table.Th>
              <Table.Th>{t('demand:unmet.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(unmet.data?.items ?? []).map((n) => (
              <Table.Tr key={n.needId}>
                <Table.Td>{n.memberName}</Table.Td>
                <Table.Td>{topics.label(n.topicId)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{n.seats}</Table.Td>
                <Table.Td>{ref.regionLabel(n.regionCode)}</Table.Td>
                <Table.Td>
                  <PeriodBadges periods={n.periods} />
                </Table.Td>
                <Table.Td>{t(`demand:status.${n.reason}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {unmet.data && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('demand:unmet.shown', { shown: unmet.data.items.length, total: unmet.data.total })}
        </Text>
      )}
    </Card>
  );
}

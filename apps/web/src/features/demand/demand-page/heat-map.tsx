import { Card, Group, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../../api/reference.ts';
import { useFormat } from '../../../components/format.ts';
import { useTopicLabels } from '../../catalogue/api.ts';
import type { DemandBoard } from '../api.ts';

/** A heat map as a table: a row per topic, a column per period (or region); darker = more seats; ✓ = a ready cell. */
export function HeatMap({ board }: { board: DemandBoard }) {
  const { t } = useTranslation();
  const topics = useTopicLabels();
  const ref = useReference();
  const format = useFormat();
  const [axis, setAxis] = useState<'period' | 'region'>('period');
  const columns = axis === 'period' ? board.periods : board.regions;
  // The server sums every matching cell per topic × period and topic × region (languages and
  // regions add up; a need accepting both languages counts in each).
  const rows = new Map<string, Map<string, { seats: number; ready: boolean }>>();
  for (const h of axis === 'period' ? board.heat.byPeriod : board.heat.byRegion) {
    const row = rows.get(h.topicId) ?? new Map();
    row.set(h.key, { seats: h.seats, ready: h.ready });
    rows.set(h.topicId, row);
  }
  const topicRows = [...rows.keys()].sort((a, b) => topics.label(a).localeCompare(topics.label(b))).slice(0, 40);
  const max = Math.max(1, ...[...rows.values()].flatMap((r) => [...r.values()].map((v) => v.seats)));
  const colLabel = (c: string) => (axis === 'period' ? format.period(c) : ref.regionLabel(c));
  if (board.total === 0) return <Text c="dimmed">{t('demand:empty')}</Text>;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('demand:heatmap.title')}
        </Title>
        <SegmentedControl
          aria-label={t('demand:heatmap.axis')}
          value={axis}
          onChange={(v) => setAxis(v as 'period' | 'region')}
          data={[
            { value: 'period', label: t('demand:heatmap.byPeriod') },
            { value: 'region', label: t('demand:heatmap.byRegion') },
          ]}
        />
      </Group>
      <Table.ScrollContainer minWidth={600}>
        <Table withTableBorder withColumnBorders aria-label={t('demand:heatmap.title')} fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('demand:fields.topic')}</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c} style={{ textAlign: 'center' }}>
                  {colLabel(c)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {topicRows.map((topicId) => (
              <Table.Tr key={topicId}>
                <Table.Th scope="row" fw={500}>
                  {topics.label(topicId)}
                </Table.Th>
                {columns.map((c) => {
                  const v = rows.get(topicId)?.get(c);
                  const share = v ? v.seats / max : 0;
                  // Black text stays above 4.5:1 contrast on every step of this blue scale.
                  const bg = v ? `rgba(25, 113, 194, ${0.08 + share * 0.7})` : undefined;
                  return (
                    <Table.Td
                      key={c}
                      style={{ textAlign: 'center', background: bg, color: '#000', fontWeight: v?.ready ? 700 : 400 }}
                    >
                      {v ? (
                        <span title={v.ready ? t('demand:heatmap.ready') : undefined}>
                          {v.seats}
                          {v.ready && (
                            <>
                              {' '}
                              <IconCheck size={12} aria-hidden />
                              <span
                                className="sr-only"
                                style={{
                                  position: 'absolute',
                                  width: 1,
                                  height: 1,
                                  overflow: 'hidden',
                                  clip: 'rect(0 0 0 0)',
                                }}
                              >
                                {t('demand:heatmap.ready')}
                              </span>
                            </>
                          )}
                        </span>
                      ) : null}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt="xs">
        {t('demand:heatmap.legend')}
      </Text>
    </Card>
  );
}

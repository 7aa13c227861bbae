import { BarChart } from '@mantine/charts';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../components/format.ts';
import { TableDownloadButton } from '../../../components/table-download.tsx';
import type { EvidenceDashboard } from '../api.ts';
import { EstimateCard } from './estimate-card.tsx';

/** Productivity: trained firms vs comparison firms (difference in differences), and the firms' yearly indicators. */
export function ProductivitySection({ data }: { data: EvidenceDashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const one = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  const years = [...new Set(data.firmIndicators.map((r) => r.year))].sort();
  const rowOf = (year: number, group: 'trained' | 'comparison') =>
    data.firmIndicators.find((r) => r.year === year && r.group === group);
  const chart = years.map((year) => ({
    year: String(year),
    trained: one(rowOf(year, 'trained')?.turnoverRate ?? null),
    comparison: one(rowOf(year, 'comparison')?.turnoverRate ?? null),
  }));
  const group = data.productivity.comparisonGroup;
  const count = (n: number | null) => (n === null ? t('evidence:suppressedShort') : format.number(n));
  return (
    <Stack>
      <EstimateCard
        id="productivity-effect"
        title={t('evidence:productivity.effect')}
        answer={data.productivity.estimate}
        unit="percent"
        caveats={[
          t('evidence:caveat.productivityMeasures'),
          t('evidence:caveat.productivityTrends'),
          t('evidence:caveat.firmsFew'),
          t('evidence:caveat.selfReported'),
        ]}
        filename="productivity"
      />
      <Card withBorder>
        <Text size="sm">
          {t('evidence:productivity.comparisonGroup', {
            never: count(group.neverTrained),
            later: count(group.trainedLater),
            prospects: count(group.prospects),
          })}
        </Text>
      </Card>
      <Card withBorder component="section" aria-labelledby="turnover-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="turnover-title">
            {t('evidence:productivity.turnoverTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('evidence:productivity.turnoverHelp')}
          </Text>
          <div
            role="img"
            aria-label={`${t('evidence:productivity.turnoverTitle')}: ${chart.map((c) => `${c.year} ${c.trained ?? '—'} / ${c.comparison ?? '—'}`).join('; ')}`}
          >
            <BarChart
              h={260}
              data={chart}
              dataKey="year"
              series={[
                { name: 'trained', label: t('evidence:group.trainedFirms'), color: 'blue.7' },
                { name: 'comparison', label: t('evidence:group.comparisonFirms'), color: 'orange.8' },
              ]}
              withLegend
              valueFormatter={(v) => `${v} %`}
              tickLine="y"
              gridAxis="y"
            />
          </div>
          <Group justify="flex-end">
            <TableDownloadButton
              filename="firm-indicators.csv"
              headers={['year', 'group', 'firms', 'turnover_rate_pct', 'absenteeism_rate_pct', 'accidents_per_100_fte']}
              rows={data.firmIndicators.map((r) => [
                r.year,
                r.group,
                r.firms,
                r.turnoverRate,
                r.absenteeismRate,
                r.accidentsPer100Fte,
              ])}
            />
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}

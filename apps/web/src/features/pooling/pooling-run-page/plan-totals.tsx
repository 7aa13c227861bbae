import { BarChart } from '../../../components/charts.tsx';
import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dollarsToCents, useFormat } from '../../../components/format.ts';
import type { PoolingRunDetail } from '../api.ts';

type Plan = NonNullable<PoolingRunDetail['plan']>;

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}

/** A plan's totals, its gain over the naive baseline and the chart of plan, baseline and every firm alone. */
export function PlanTotals({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (dollars: number) => format.money(dollarsToCents(dollars));
  const baseline = plan.baseline;
  const chart = [
    { name: t('pooling:chart.plan'), cost: plan.totals.cost, penalty: plan.totals.penalty },
    ...(baseline ? [{ name: t('pooling:chart.baseline'), cost: baseline.cost, penalty: Math.max(0, Math.round((baseline.objective - baseline.cost) * 100) / 100) }] : []),
    { name: t('pooling:chart.alone'), cost: plan.totals.standaloneCost, penalty: 0 },
  ];
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label={t('pooling:totals.cost')} value={money(plan.totals.cost)} hint={t('pooling:totals.sessions', { count: plan.sessions.length })} />
        <Stat label={t('pooling:totals.penalty')} value={money(plan.totals.penalty)} hint={t('pooling:totals.unservedSeats', { count: plan.totals.seatsUnserved })} />
        <Stat
          label={t('pooling:totals.objective')}
          value={money(plan.totals.objective)}
          hint={plan.bound.optimal ? t('pooling:totals.optimal') : t('pooling:totals.gapHint', { bound: money(plan.bound.lowerBound), gap: (plan.bound.gap * 100).toFixed(2) })}
        />
        <Stat label={t('pooling:totals.savings')} value={money(plan.totals.savings)} hint={t('pooling:totals.alone', { amount: money(plan.totals.standaloneCost) })} />
      </SimpleGrid>
      {baseline && (
        <Text>
          {t('pooling:baseline.summary', { baseline: money(baseline.objective), plan: money(plan.totals.objective), improvement: (baseline.improvement * 100).toFixed(1) })}
        </Text>
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="sm" id="chart-title">
          {t('pooling:chart.title')}
        </Title>
        <BarChart
          h={220}
          data={chart}
          dataKey="name"
          type="stacked"
          orientation="vertical"
          yAxisProps={{ width: 160 }}
          valueFormatter={(v) => money(v)}
          series={[
            { name: 'cost', label: t('pooling:chart.cost'), color: 'blue.6' },
            { name: 'penalty', label: t('pooling:chart.penalty'), color: 'orange.6' },
          ]}
          withLegend
          aria-labelledby="chart-title"
        />
      </Card>
    </>
  );
}

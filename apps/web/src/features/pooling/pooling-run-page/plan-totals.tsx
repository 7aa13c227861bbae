import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/charts.tsx';
import { useFormat } from '../../../components/format.ts';
import type { PoolingRunDetail } from '../api.ts';
import { usePercent } from '../plan-figures-text.ts';

type Figures = NonNullable<PoolingRunDetail['figures']>;

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

/**
 * A plan in real money: what its sessions cost, the seats served and not, the saving against each
 * firm buying alone and against grouping by hand, and the chart of those real costs. The optimiser's
 * objective (with its weight for unserved seats) is not money: it is in the technical details only.
 */
export function PlanTotals({ figures, unservedNeeds }: { figures: Figures; unservedNeeds: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = usePercent();
  const money = (cents: number) => format.money(cents);
  const b = figures.baseline;
  const seats = (count: number) => t('pooling:figures.seatCount', { count, formatted: format.number(count) });
  const chart = [
    { name: t('pooling:chart.plan', { seats: seats(figures.seatsServed) }), cost: figures.realCostCents },
    ...(b ? [{ name: t('pooling:chart.baseline', { seats: seats(b.seatsServed) }), cost: b.realCostCents }] : []),
    { name: t('pooling:chart.alone', { seats: seats(figures.seatsServed) }), cost: figures.aloneCostCents },
  ];
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Stat
          label={t('pooling:figures.realCost')}
          value={money(figures.realCostCents)}
          hint={
            figures.costPerSeatServedCents === null
              ? t('pooling:figures.sessions', { count: figures.sessions })
              : t('pooling:figures.sessionsAndPerSeat', {
                  count: figures.sessions,
                  perSeat: money(figures.costPerSeatServedCents),
                })
          }
        />
        <Stat
          label={t('pooling:figures.seatsServed')}
          value={t('pooling:figures.seatsOf', {
            served: format.number(figures.seatsServed),
            requested: format.number(figures.seatsRequested),
          })}
          hint={
            figures.seatsRequested > 0
              ? t('pooling:figures.servedShare', { rate: percent(figures.seatsServed / figures.seatsRequested) })
              : undefined
          }
        />
        <Stat
          label={t('pooling:figures.seatsUnserved')}
          value={format.number(figures.seatsUnserved)}
          hint={
            figures.seatsUnserved > 0
              ? t('pooling:figures.unservedNeeds', { count: unservedNeeds })
              : t('pooling:figures.allServed')
          }
        />
        <Stat
          label={t('pooling:figures.savingVsAlone')}
          value={money(figures.savingVsAloneCents)}
          hint={t('pooling:figures.alone', {
            amount: money(figures.aloneCostCents),
            rate: percent(figures.savingVsAloneRate),
          })}
        />
      </SimpleGrid>
      {b && (
        <Text>
          {t('pooling:baseline.summary', {
            baselineSeats: seats(b.seatsServed),
            baselineCost: money(b.realCostCents),
            planSeats: seats(figures.seatsServed),
            planCost: money(figures.realCostCents),
          })}{' '}
          {t('pooling:baseline.outcome', {
            cost:
              b.savingCents > 0
                ? t('pooling:baseline.costLess', { amount: money(b.savingCents) })
                : b.savingCents < 0
                  ? t('pooling:baseline.costMore', { amount: money(-b.savingCents) })
                  : t('pooling:baseline.costSame'),
            seats:
              b.extraSeatsServed > 0
                ? t('pooling:baseline.seatsMore', { count: b.extraSeatsServed })
                : b.extraSeatsServed < 0
                  ? t('pooling:baseline.seatsFewer', { count: -b.extraSeatsServed })
                  : t('pooling:baseline.seatsSame'),
          })}
          {b.costPerSeatSavingRate !== null &&
            b.costPerSeatSavingRate !== 0 &&
            figures.costPerSeatServedCents !== null &&
            b.costPerSeatServedCents !== null && (
              <>
                {' '}
                {t(b.costPerSeatSavingRate > 0 ? 'pooling:baseline.perSeatLess' : 'pooling:baseline.perSeatMore', {
                  plan: money(figures.costPerSeatServedCents),
                  baseline: money(b.costPerSeatServedCents),
                  rate: percent(Math.abs(b.costPerSeatSavingRate)),
                })}
              </>
            )}
        </Text>
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="sm" id="chart-title">
          {t('pooling:chart.title')}
        </Title>
        <BarChart
          h={200}
          data={chart}
          dataKey="name"
          orientation="vertical"
          yAxisProps={{ width: 150 }}
          valueFormatter={(v) => money(v)}
          series={[{ name: 'cost', label: t('pooling:chart.cost'), color: 'blue.6' }]}
          aria-labelledby="chart-title"
        />
      </Card>
    </>
  );
}

import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartLegend, StepCurves } from '../../../components/evidence-charts.tsx';
import { useFormat } from '../../../components/format.ts';
import { TableDownloadButton } from '../../../components/table-download.tsx';
import type { EvidenceDashboard } from '../api.ts';
import { EstimateCard } from './estimate-card.tsx';

/** Retention: Kaplan–Meier curves of trained vs comparison employees and the adjusted effects at 12 and 24 months. */
export function RetentionSection({ data }: { data: EvidenceDashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pct = (v: number) => `${new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(v * 100)} %`;
  const { curves, logRank } = data.retention;
  const shown = curves.filter((c) => c.points.length > 0);
  const name = (group: string) => t(`evidence:group.${group}`);
  const summary = shown
    .map(
      (c) =>
        `${name(c.group)}: ${c.at.map((a) => `${a.months} ${t('evidence:months')} ${pct(a.survival)}`).join(', ')}`,
    )
    .join('; ');
  const rows = shown.flatMap((c) =>
    c.points.map((p) => [
      name(c.group),
      Number(p.months.toFixed(2)),
      Number(p.survival.toFixed(4)),
      Number(p.lower.toFixed(4)),
      Number(p.upper.toFixed(4)),
      p.atRisk,
    ]),
  );
  return (
    <Stack>
      <Card withBorder component="section" aria-labelledby="curves-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="curves-title">
            {t('evidence:retention.curvesTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('evidence:retention.curvesHelp')}
          </Text>
          {shown.length === 0 ? (
            <Text>{t('evidence:notEnoughData')}</Text>
          ) : (
            <>
              <ChartLegend names={shown.map((c) => name(c.group))} />
              <StepCurves
                series={shown.map((c) => ({
                  name: name(c.group),
                  points: c.points.map((p) => ({ x: p.months, y: p.survival, low: p.lower, high: p.upper })),
                }))}
                summary={`${t('evidence:retention.curvesTitle')}: ${summary}`}
                xLabel={t('evidence:retention.xLabel')}
                yLabel={t('evidence:retention.yLabel')}
                marks={[12, 24]}
              />
            </>
          )}
          <Table aria-label={t('evidence:retention.atTitle')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('evidence:retention.group')}</Table.Th>
                <Table.Th>{t('evidence:retention.people')}</Table.Th>
                <Table.Th>{t('evidence:retention.at12')}</Table.Th>
                <Table.Th>{t('evidence:retention.at24')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {curves.map((c) => {
                const at = (m: number) => c.at.find((a) => a.months === m);
                const cell = (m: number) => {
                  const a = at(m);
                  return a ? `${pct(a.survival)} (${pct(a.ci95[0])} – ${pct(a.ci95[1])})` : t('evidence:notReached');
                };
                return (
                  <Table.Tr key={c.group}>
                    <Table.Td>{name(c.group)}</Table.Td>
                    <Table.Td>
                      {c.people === null
                        ? t('evidence:suppressedCount')
                        : t('evidence:groupCount', { units: c.people, firms: c.firms })}
                    </Table.Td>
                    <Table.Td>{cell(12)}</Table.Td>
                    <Table.Td>{cell(24)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">
              {logRank
                ? t('evidence:retention.logRank', {
                    chi: logRank.chiSquare.toFixed(2),
                    p: logRank.pValue < 0.001 ? '< 0,001' : logRank.pValue.toFixed(3),
                  })
                : t('evidence:retention.noLogRank')}
            </Text>
            <TableDownloadButton
              filename="retention-curves.csv"
              headers={['group', 'months', 'survival', 'ci95_low', 'ci95_high', 'at_risk']}
              rows={rows}
            />
          </Group>
        </Stack>
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <EstimateCard
          id="retention-12"
          title={t('evidence:retention.effect12')}
          answer={data.retention.effect12.primary}
          checks={data.retention.effect12.checks}
          unit="points"
          caveats={[
            t('evidence:caveat.selection'),
            t('evidence:caveat.sameFirm'),
            t('evidence:caveat.retentionAll'),
            t('evidence:caveat.curvesUnadjusted'),
            t('evidence:caveat.observed12'),
          ]}
          filename="retention-12-months"
        />
        <EstimateCard
          id="retention-24"
          title={t('evidence:retention.effect24')}
          answer={data.retention.effect24.primary}
          checks={data.retention.effect24.checks}
          unit="points"
          caveats={[
            t('evidence:caveat.selection'),
            t('evidence:caveat.sameFirm'),
            t('evidence:caveat.retentionAll'),
            t('evidence:caveat.observed24'),
          ]}
          filename="retention-24-months"
        />
      </SimpleGrid>
    </Stack>
  );
}

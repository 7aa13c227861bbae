import { Alert, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../components/format.ts';
import { TableDownloadButton } from '../../../components/table-download.tsx';
import type { EvidenceDashboard } from '../api.ts';

/** Return on investment = (benefits − full costs) / full costs, full costs including trainee wages. */
export function RoiSection({ data }: { data: EvidenceDashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const roi = data.roi;
  const pct = (v: number) => `${format.number(Math.round(v))} %`;
  const lines: [string, number | null][] = [
    [t('evidence:roi.trainingCost'), roi.trainingCostCents],
    [t('evidence:roi.traineeWages'), roi.traineeWagesCents],
    [t('evidence:roi.fullCost'), roi.fullCostCents],
    [t('evidence:roi.productivityBenefit'), roi.productivityBenefitCents],
    [t('evidence:roi.retentionBenefit'), roi.retentionBenefitCents],
  ];
  return (
    <Stack>
      <Card withBorder component="section" aria-labelledby="roi-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="roi-title">
            {t('evidence:roi.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('evidence:roi.formula')}
          </Text>
          {roi.status === 'estimated' && roi.roiPct !== null && roi.ci95 ? (
            <Group gap="xl" align="flex-end">
              <Text fz={32} fw={800}>
                {pct(roi.roiPct)}
              </Text>
              <Text size="sm">{t('evidence:ci', { low: pct(roi.ci95[0]), high: pct(roi.ci95[1]) })}</Text>
            </Group>
          ) : (
            <Alert color="gray" variant="light" title={t('evidence:notEnoughData')}>
              {t('evidence:roi.notEnough')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Table aria-label={t('evidence:roi.breakdown')} striped>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th scope="row">{t('evidence:roi.trainees')}</Table.Th>
                  <Table.Td style={{ textAlign: 'right' }}>{format.number(roi.trainees)}</Table.Td>
                </Table.Tr>
                {lines.map(([label, cents]) => (
                  <Table.Tr key={label}>
                    <Table.Th scope="row">{label}</Table.Th>
                    <Table.Td style={{ textAlign: 'right' }}>{cents === null ? '—' : format.money(cents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('evidence:caveatsTitle')}
              </Text>
              <List size="sm" spacing={4}>
                <List.Item>{t('evidence:roi.caveatWages')}</List.Item>
                <List.Item>{t('evidence:roi.caveatReplacement', { pct: roi.replacementCostPct })}</List.Item>
                <List.Item>{t('evidence:roi.caveatYear')}</List.Item>
                <List.Item>{t('evidence:roi.caveatInterval')}</List.Item>
              </List>
            </Stack>
          </SimpleGrid>
          <Group justify="flex-end">
            <TableDownloadButton
              filename="roi.csv"
              headers={[
                'trainees',
                'training_cost',
                'trainee_wages',
                'full_cost',
                'productivity_benefit',
                'retention_benefit',
                'roi_pct',
                'ci95_low',
                'ci95_high',
                'replacement_cost_pct',
              ]}
              rows={[
                [
                  roi.trainees,
                  roi.trainingCostCents / 100,
                  roi.traineeWagesCents / 100,
                  roi.fullCostCents / 100,
                  roi.productivityBenefitCents === null ? null : roi.productivityBenefitCents / 100,
                  roi.retentionBenefitCents === null ? null : roi.retentionBenefitCents / 100,
                  roi.roiPct,
                  roi.ci95?.[0] ?? null,
                  roi.ci95?.[1] ?? null,
                  roi.replacementCostPct,
                ],
              ]}
            />
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}

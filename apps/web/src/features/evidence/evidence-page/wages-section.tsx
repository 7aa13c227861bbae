import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvidenceDashboard } from '../api.ts';
import { EstimateCard, useSigned } from './estimate-card.tsx';

/** Wages: the 12-month wage change of trained employees vs comparable untrained ones. */
export function WagesSection({ data }: { data: EvidenceDashboard }) {
  const { t } = useTranslation();
  const signed = useSigned();
  const mean = data.wageGrowth.meanGrowth;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {(['trained', 'comparison'] as const).map((g) => (
          <Card withBorder key={g}>
            <Text size="sm" c="dimmed" fw={600}>
              {t('evidence:wages.meanGrowth', { group: t(`evidence:group.${g}`) })}
            </Text>
            <Text fz={28} fw={800}>
              {mean[g] === null ? t('evidence:suppressedShort') : signed(mean[g] as number, 'percent')}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Card withBorder>
        <Title order={2} size="h5" mb={4}>
          {t('evidence:wages.howTitle')}
        </Title>
        <Text size="sm">{t('evidence:wages.how')}</Text>
      </Card>
      <EstimateCard
        id="wage-effect"
        title={t('evidence:wages.effect')}
        answer={data.wageGrowth.primary}
        checks={data.wageGrowth.checks}
        unit="percent"
        caveats={[
          t('evidence:caveat.selection'),
          t('evidence:caveat.sameFirm'),
          t('evidence:caveat.wageStayers'),
          t('evidence:caveat.logPoints'),
          t('evidence:caveat.differenceBiased'),
        ]}
        filename="wage-change"
      />
    </Stack>
  );
}

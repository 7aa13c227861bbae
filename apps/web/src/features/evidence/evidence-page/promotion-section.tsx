import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../components/format.ts';
import type { EvidenceDashboard } from '../api.ts';
import { EstimateCard } from './estimate-card.tsx';

/** Promotions: moving to a more skilled job class (a lower TEER) after training vs comparable untrained employees. */
export function PromotionSection({ data }: { data: EvidenceDashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const promotion = data.promotion;
  const share = (v: number | null) => (v === null ? t('evidence:suppressedShort') : format.percent(v / 100, 1));
  const caveats = (months: 12 | 24) => [
    t('evidence:caveat.selection'),
    t('evidence:caveat.sameFirm'),
    t(`evidence:caveat.promotionStayers${months}`),
    t('evidence:caveat.promotionRecorded'),
    t('evidence:caveat.differenceBiased'),
  ];
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {([12, 24] as const).flatMap((months) =>
          (['trained', 'comparison'] as const).map((g) => (
            <Card withBorder key={`${months}-${g}`}>
              <Text size="sm" c="dimmed" fw={600}>
                {t('evidence:promotion.share', { months, group: t(`evidence:group.${g}`) })}
              </Text>
              <Text fz={28} fw={800}>
                {share((months === 12 ? promotion.share12 : promotion.share24)[g])}
              </Text>
            </Card>
          )),
        )}
      </SimpleGrid>
      <Card withBorder>
        <Title order={2} size="h5" mb={4}>
          {t('evidence:promotion.howTitle')}
        </Title>
        <Text size="sm">{t('evidence:promotion.how')}</Text>
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <EstimateCard
          id="promotion-12"
          title={t('evidence:promotion.effect12')}
          answer={promotion.effect12.primary}
          checks={promotion.effect12.checks}
          unit="points"
          caveats={caveats(12)}
          filename="promotion-12-months"
        />
        <EstimateCard
          id="promotion-24"
          title={t('evidence:promotion.effect24')}
          answer={promotion.effect24.primary}
          checks={promotion.effect24.checks}
          unit="points"
          caveats={caveats(24)}
          filename="promotion-24-months"
        />
      </SimpleGrid>
    </Stack>
  );
}

import { Alert, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IntervalChart } from '../../../components/evidence-charts.tsx';
import { useFormat } from '../../../components/format.ts';
import { TableDownloadButton } from '../../../components/table-download.tsx';
import type { EvidenceDashboard } from '../api.ts';
import { useSigned } from './estimate-card.tsx';

/** Evaluation results by level: 1 reaction, 2 learning, 3 behaviour (60–90 days), 4 results, 5 ROI. */
export function EvaluationSection({ data }: { data: EvidenceDashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const signed = useSigned();
  const two = (v: number) =>
    new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(v);
  const results = [
    { label: t('evidence:tabs.wages'), answer: data.wageGrowth.primary, unit: 'percent' as const },
    { label: t('evidence:retention.effect12'), answer: data.retention.effect12.primary, unit: 'points' as const },
    { label: t('evidence:tabs.productivity'), answer: data.productivity.estimate, unit: 'percent' as const },
  ];
  return (
    <Stack>
      {data.evaluation.map((level) => {
        const shown = level.questions.filter((q) => q.mean !== null && q.ci95 !== null);
        return (
          <Card withBorder component="section" key={level.level} aria-labelledby={`level-${level.level}`}>
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap">
                <Title order={2} size="h4" id={`level-${level.level}`}>
                  {t(`evidence:evaluation.level${level.level}`)}
                </Title>
                <Text size="sm">
                  {level.responses === null
                    ? t('evidence:suppressedCount')
                    : t('evidence:evaluation.responses', { responses: level.responses, firms: level.firms })}
                </Text>
              </Group>
              <Text size="sm" c="dimmed">
                {t(`evidence:evaluation.level${level.level}Help`)}
              </Text>
              {shown.length === 0 ? (
                <Alert color="gray" variant="light">
                  {t('evidence:evaluation.suppressed')}
                </Alert>
              ) : (
                <IntervalChart
                  rows={shown.map((q) => ({
                    label: t(`evidence:question.${q.question}`),
                    estimate: q.mean as number,
                    low: (q.ci95 as [number, number])[0],
                    high: (q.ci95 as [number, number])[1],
                    strong: q.question === 'overall' || q.question === 'gain' || q.question === 'applied',
                  }))}
                  summary={shown
                    .map((q) => `${t(`evidence:question.${q.question}`)}: ${two(q.mean as number)}`)
                    .join('; ')}
                  reference={null}
                  domain={level.level === 2 ? [-1, 5] : [1, 5]}
                  format={(v) => two(v)}
                />
              )}
              <Group justify="flex-end">
                <TableDownloadButton
                  filename={`evaluation-level-${level.level}.csv`}
                  headers={['question', 'mean', 'ci95_low', 'ci95_high', 'responses']}
                  rows={level.questions.map((q) => [
                    q.question,
                    q.mean,
                    q.ci95?.[0] ?? null,
                    q.ci95?.[1] ?? null,
                    q.responses,
                  ])}
                />
              </Group>
            </Stack>
          </Card>
        );
      })}
      <Card withBorder component="section" aria-labelledby="level-4">
        <Title order={2} size="h4" id="level-4" mb="xs">
          {t('evidence:evaluation.level4')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {results.map((r) => (
            <Stack gap={0} key={r.label}>
              <Text size="sm" c="dimmed" fw={600}>
                {r.label}
              </Text>
              <Text fw={800} fz={22}>
                {r.answer.status === 'estimated' ? signed(r.answer.estimate, r.unit) : t('evidence:notEnoughData')}
              </Text>
              {r.answer.status === 'estimated' && (
                <Text size="xs">
                  {t('evidence:ci', { low: signed(r.answer.ci95[0], r.unit), high: signed(r.answer.ci95[1], r.unit) })}
                </Text>
              )}
            </Stack>
          ))}
        </SimpleGrid>
      </Card>
      <Card withBorder component="section" aria-labelledby="level-5">
        <Title order={2} size="h4" id="level-5" mb="xs">
          {t('evidence:evaluation.level5')}
        </Title>
        <Text fw={800} fz={22}>
          {data.roi.roiPct === null ? t('evidence:notEnoughData') : `${format.number(Math.round(data.roi.roiPct))} %`}
        </Text>
      </Card>
    </Stack>
  );
}

import { Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../components/format.ts';
import type { PoolingRunDetail } from '../api.ts';

/** A queued or running run's live progress: percent, elapsed time, best objective and bound so far (scores, not money: the objective weighs unserved seats). */
export function RunProgress({ run }: { run: PoolingRunDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = run.progress;
  const percent = Number(p.percent ?? 0);
  return (
    <Card withBorder mb="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={500}>{run.status === 'queued' ? t('pooling:progress.queued') : t('pooling:progress.running')}</Text>
          <Text size="sm" c="dimmed">
            {p.elapsedMs !== undefined
              ? t('pooling:progress.elapsed', { seconds: Math.round(Number(p.elapsedMs) / 1000) })
              : ''}
          </Text>
        </Group>
        <Progress
          value={percent}
          size="lg"
          animated
          striped
          aria-label={t('pooling:progress.label')}
          aria-valuenow={percent}
        />
        <Group gap="xl">
          <Text size="sm">
            {t('pooling:progress.best', {
              value: p.objective !== undefined ? format.number(Math.round(Number(p.objective))) : '—',
            })}
          </Text>
          <Text size="sm">
            {t('pooling:progress.bound', {
              value: p.lowerBound !== undefined ? format.number(Math.round(Number(p.lowerBound))) : '—',
            })}
          </Text>
          {p.componentsTotal ? (
            <Text size="sm">
              {t('pooling:progress.components', { done: p.componentsDone ?? 0, total: p.componentsTotal })}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

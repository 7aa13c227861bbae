import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { type EvidenceSettings, useEvidenceSettings, useSaveEvidenceSettings } from '../evidence/api.ts';

/** The board's targets (and the ROI's replacement cost): the coordinator or a board member sets them. */
export function TargetsForm({ editable, mutualId }: { editable: boolean; mutualId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const settings = useEvidenceSettings(mutualId);
  const save = useSaveEvidenceSettings();
  const [values, setValues] = useState<EvidenceSettings | null>(null);
  useEffect(() => {
    if (settings.data && !values) {
      const { updatedAt: _a, updatedByName: _b, ...rest } = settings.data;
      setValues(rest);
    }
  }, [settings.data, values]);
  if (!values) return null;
  const field = (key: keyof EvidenceSettings, max = 100) => (
    <NumberInput
      key={key}
      label={t(`targeting:settings.${key}`)}
      min={0}
      max={max}
      suffix=" %"
      value={values[key]}
      readOnly={!editable}
      onChange={(v) => setValues({ ...values, [key]: typeof v === 'number' ? v : Number(v) || 0 })}
    />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(values, { onSuccess: () => notify({ color: 'green', message: t('targeting:settings.saved') }) });
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="targets-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="targets-title">
          {t('targeting:settings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {settings.data?.updatedAt
            ? t('targeting:settings.updated', {
                name: settings.data.updatedByName ?? '—',
                at: format.dateTime(settings.data.updatedAt),
              })
            : t('targeting:settings.defaults')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {field('targetMicroSmallFirmsPct')}
          {field('targetMicroFirmsPct')}
          {field('targetLowSkilledPct')}
          {field('replacementCostPct', 200)}
        </SimpleGrid>
        <ErrorAlert error={save.error} />
        {editable && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('targeting:settings.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

import { Button, Card, NumberInput, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useMe } from '../auth/session.ts';
import { useMutual, useSaveDeliverySettings } from './api.ts';

const FIELDS = [
  { key: 'withdrawalDeadlineDays', min: 0, max: 120 },
  { key: 'goNoGoDays', min: 0, max: 365 },
  { key: 'completionThresholdPct', min: 1, max: 100 },
  { key: 'minFirmsPerSession', min: 1, max: 100 },
] as const;
type Key = (typeof FIELDS)[number]['key'];

/** /delivery-settings: a coordinator edits its mutual's delivery settings. */
export function DeliverySettingsPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const { data: me } = useMe();
  const mutual = useMutual(me?.mutualId);
  const saveSettings = useSaveDeliverySettings(me?.mutualId);
  // Only the fields typed and not saved yet; the others show the server's values, so a refetch never
  // wipes what is being typed.
  const [draft, setDraft] = useState<Partial<Record<Key, number | string>>>({});
  const m = mutual.data;
  const values: Record<Key, number | string> = {
    withdrawalDeadlineDays: m?.withdrawalDeadlineDays ?? '',
    goNoGoDays: m?.goNoGoDays ?? '',
    completionThresholdPct: m?.completionThresholdPct ?? '',
    minFirmsPerSession: m?.minFirmsPerSession ?? '',
    ...draft,
  };
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setErrors({});
    try {
      const body = Object.fromEntries(
        FIELDS.map(({ key }) => [key, values[key] === '' ? undefined : Number(values[key])]),
      );
      await saveSettings.mutateAsync(body);
      setDraft({});
      notify({ color: 'green', message: t('delivery:saved') });
    } catch (error) {
      if (error instanceof ApiError) setErrors(error.fieldErrors());
      notify({ color: 'red', message: message(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeader title={t('delivery:settings.title')} subtitle={mutual.data?.name} />
      <ErrorAlert error={mutual.error} />
      <Card withBorder>
        <Text mb="md">{t('delivery:settings.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {FIELDS.map(({ key, min, max }) => (
            <NumberInput
              key={key}
              label={t(`delivery:settings.${key}`)}
              description={t(`delivery:settings.${key}Help`)}
              value={values[key]}
              onChange={(v) => setDraft((d) => ({ ...d, [key]: v }))}
              min={min}
              max={max}
              allowDecimal={false}
              error={errors[key]}
            />
          ))}
        </SimpleGrid>
        <Button mt="md" onClick={() => void save()} loading={busy} disabled={!mutual.data}>
          {t('delivery:save')}
        </Button>
      </Card>
    </>
  );
}

import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import {
  useActivityYears,
  useBoard,
  useResearchConsent,
  useSaveActivityYear,
  useScorecard,
  useSetResearchConsent,
} from './api.ts';
import { ScorecardView } from './scorecard-view.tsx';

/** The mutual's health scorecard, the reach of past years from its annual reports, and its research consent. */
export function ScorecardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [year, setYear] = useState<number | undefined>();
  const { data, error, isLoading } = useScorecard(year);
  const board = useBoard();
  if (isLoading) return <PageLoading />;
  return (
    <>
      <PageHeader
        title={t('governance:scorecard.title')}
        subtitle={data ? t('governance:scorecard.subtitle', { name: data.mutualName }) : undefined}
      />
      <ErrorAlert error={error} />
      {data && (
        <Stack>
          <ScorecardView scorecard={data} canManage={board.data?.canManage ?? false} onYear={setYear} />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <ActivityYears canEdit={me.role === 'coordinator'} />
            <ResearchConsent canEdit={me.role === 'coordinator'} />
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}

function ActivityYears({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { data } = useActivityYears();
  const form = useFieldErrors();
  const save = useSaveActivityYear();
  const [v, setV] = useState({
    year: new Date().getFullYear() - 1,
    firmsServed: 0,
    microSmallFirmsServed: 0,
    workersServed: 0,
    lowSkilledWorkersServed: 0,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    save.mutate(v, {
      onSuccess: () => notify({ color: 'green', message: t('governance:saved') }),
      onError: form.fromError,
    });
  };
  const num = (key: keyof typeof v, label: string) => (
    <NumberInput
      label={label}
      min={0}
      value={v[key]}
      error={form.error(key)}
      onChange={(n) => setV({ ...v, [key]: Number(n) || 0 })}
    />
  );
  return (
    <Card withBorder component="section" aria-labelledby="activity-title">
      <Title order={2} size="h4" id="activity-title" mb="xs">
        {t('governance:activity.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('governance:activity.help')}
      </Text>
      <Table striped aria-labelledby="activity-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('governance:activity.year')}</Table.Th>
            <Table.Th>{t('governance:activity.firms')}</Table.Th>
            <Table.Th>{t('governance:activity.microSmall')}</Table.Th>
            <Table.Th>{t('governance:activity.workers')}</Table.Th>
            <Table.Th>{t('governance:activity.lowSkilled')}</Table.Th>
            <Table.Th>{t('governance:activity.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data?.items ?? []).map((y) => (
            <Table.Tr key={y.year}>
              <Table.Td>{y.year}</Table.Td>
              <Table.Td>{y.firmsServed}</Table.Td>
              <Table.Td>{y.microSmallFirmsServed}</Table.Td>
              <Table.Td>{y.workersServed}</Table.Td>
              <Table.Td>{y.lowSkilledWorkersServed}</Table.Td>
              <Table.Td>{t(`governance:activity.sources.${y.source}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canEdit && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs" mt="md">
            <FormError form={form} unlessFieldErrors />
            <SimpleGrid cols={{ base: 2, sm: 5 }}>
              {num('year', t('governance:activity.year'))}
              {num('firmsServed', t('governance:activity.firms'))}
              {num('microSmallFirmsServed', t('governance:activity.microSmall'))}
              {num('workersServed', t('governance:activity.workers'))}
              {num('lowSkilledWorkersServed', t('governance:activity.lowSkilled'))}
            </SimpleGrid>
            <Group justify="flex-end">
              <Button type="submit" variant="default" loading={save.isPending}>
                {t('governance:activity.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}

function ResearchConsent({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useResearchConsent();
  const set = useSetResearchConsent();
  return (
    <Card withBorder component="section" aria-labelledby="consent-title">
      <Title order={2} size="h4" id="consent-title" mb="xs">
        {t('governance:consent.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('governance:consent.help')}
      </Text>
      {data && (
        <Stack gap="xs">
          <Switch
            label={t('governance:consent.label')}
            checked={data.consented}
            disabled={!canEdit || set.isPending}
            onChange={(e) =>
              set.mutate(
                { consented: e.currentTarget.checked },
                { onSuccess: () => notify({ color: 'green', message: t('governance:saved') }) },
              )
            }
          />
          {data.decidedOn && (
            <Text size="xs" c="dimmed">
              {t('governance:consent.decided', { date: format.date(data.decidedOn) })}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}

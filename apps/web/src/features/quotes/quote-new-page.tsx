import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useReference } from '../../api/reference.ts';
import { useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { TRAINING_LANGUAGES, useProviders, useTopicLabels } from '../catalogue/api.ts';
import { MODES, upcomingMonths, useNeeds } from '../needs/api.ts';
import { PeriodBadges } from '../needs/need-badges.tsx';
import { type CreateQuoteRequest, useCreateQuote } from './api.ts';

/** /quotes/new[?topicId&regionCode&period&language]: a request for quote from a cell or from chosen needs. */
export function QuoteNewPage() {
  const { t } = useTranslation();
  const ref = useReference();
  const topics = useTopicLabels();
  const navigate = useNavigate();
  const message = useErrorMessage();
  const [params] = useSearchParams();
  const providers = useProviders();
  const create = useCreateQuote();
  const form = useFieldErrors();
  const [topicId, setTopicId] = useState<string | null>(params.get('topicId'));
  const [regionCode, setRegionCode] = useState<string | null>(params.get('regionCode'));
  const [language, setLanguage] = useState<string | null>(params.get('language'));
  const [periods, setPeriods] = useState<string[]>(params.get('period') ? [params.get('period') as string] : []);
  const [modes, setModes] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [details, setDetails] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [providerIds, setProviderIds] = useState<string[]>([]);
  const [needIds, setNeedIds] = useState<string[]>([]);
  // The topic's name until the coordinator types a title.
  const shownTitle = title || (topicId ? topics.label(topicId) : '');
  const needs = useNeeds({ topicId: topicId ?? undefined, status: 'open', pageSize: 500 });
  const candidates = (needs.data?.items ?? []).filter(
    (n) =>
      (!regionCode || n.regionCode === regionCode) &&
      (!language || n.languages.includes(language as 'fr' | 'en')) &&
      (periods.length === 0 || n.periods.some((p) => periods.includes(p))),
  );
  const months = [...new Set([...upcomingMonths(18), ...periods])].sort();
  const format = useFormat();
  const toggle = (id: string) => setNeedIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    create.mutate(
      {
        topicId: topicId ?? '',
        title: shownTitle,
        details,
        regionCode: regionCode ?? null,
        language: (language as 'fr' | 'en' | null) ?? null,
        modes: modes as CreateQuoteRequest['modes'],
        periods,
        needIds: needIds.length ? needIds : undefined,
        providerIds,
        responseDueOn: dueOn || null,
      },
      { onSuccess: (q) => navigate(`/quotes/${q.id}`), onError: form.fromError },
    );
  };

  return (
    <>
      <PageHeader title={t('quotes:create.title')} subtitle={t('quotes:create.subtitle')} />
      <form onSubmit={submit} noValidate>
        <Stack maw={1000}>
          {form.general && Object.keys(form.errors).length === 0 ? (
            <Alert color="red" role="alert" title={t('errors:title')}>
              {message(form.general)}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('quotes:fields.topic')}
              required
              searchable
              data={topics.options}
              value={topicId}
              onChange={setTopicId}
              error={form.error('topicId')}
            />
            <TextInput
              label={t('quotes:fields.title')}
              required
              value={shownTitle}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={form.error('title')}
            />
            <Select
              label={t('quotes:fields.region')}
              clearable
              searchable
              data={ref.regionOptions}
              value={regionCode}
              onChange={setRegionCode}
            />
            <Select
              label={t('quotes:fields.language')}
              clearable
              data={TRAINING_LANGUAGES.map((l) => ({ value: l, label: t(`common:languages.${l}`) }))}
              value={language}
              onChange={setLanguage}
            />
            <MultiSelect
              label={t('quotes:fields.periods')}
              data={format.monthOptions(months)}
              value={periods}
              onChange={setPeriods}
            />
            <MultiSelect
              label={t('quotes:fields.modes')}
              data={MODES.map((m) => ({ value: m, label: t(`needs:mode.${m}`) }))}
              value={modes}
              onChange={setModes}
            />
            <MultiSelect
              label={t('quotes:fields.providers')}
              required
              searchable
              data={(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={providerIds}
              onChange={setProviderIds}
              error={form.error('providerIds')}
            />
            <TextInput
              type="date"
              label={t('quotes:fields.responseDueOn')}
              value={dueOn}
              onChange={(e) => setDueOn(e.currentTarget.value)}
              error={form.error('responseDueOn')}
            />
          </SimpleGrid>
          <Textarea
            label={t('quotes:fields.details')}
            value={details}
            onChange={(e) => setDetails(e.currentTarget.value)}
            autosize
            minRows={3}
          />
          {topicId && (
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('quotes:create.needsTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('quotes:create.needsHelp')}
              </Text>
              {form.error('needIds') && (
                <Text c="red" size="sm" role="alert">
                  {form.error('needIds')}
                </Text>
              )}
              <Table striped aria-label={t('quotes:create.needsTitle')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('quotes:create.include')}</Table.Th>
                    <Table.Th>{t('needs:fields.member')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('needs:fields.seats')}</Table.Th>
                    <Table.Th>{t('needs:fields.region')}</Table.Th>
                    <Table.Th>{t('needs:fields.periods')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {candidates.map((n) => (
                    <Table.Tr key={n.id}>
                      <Table.Td>
                        <Checkbox
                          checked={needIds.includes(n.id)}
                          onChange={() => toggle(n.id)}
                          aria-label={t('quotes:create.includeOne', {
                            member: n.memberName,
                            seats: t('common:count.seats', { count: n.seats }),
                          })}
                        />
                      </Table.Td>
                      <Table.Td>{n.memberName}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{n.seats}</Table.Td>
                      <Table.Td>{ref.regionLabel(n.regionCode)}</Table.Td>
                      <Table.Td>
                        <PeriodBadges periods={n.periods} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending}>
              {t('quotes:create.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

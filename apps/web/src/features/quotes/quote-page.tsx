import { Alert, Badge, Button, Card, Group, Modal, MultiSelect, NumberInput, SimpleGrid, Stack, Table, Text, Textarea, Timeline, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { dollarsToCents, useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useTopicLabels } from '../catalogue/api.ts';
import { upcomingMonths } from '../needs/api.ts';
import { type QuoteRequest, useQuote, useQuoteAction } from './api.ts';

/** /quotes/:id — the coordinator compares answers and accepts one; the trainer answers or declines. */
export function QuotePage() {
  const { t } = useTranslation();
  const { quoteRequestId } = useParams();
  const me = useCurrentUser();
  const { data: q, error } = useQuote(quoteRequestId);
  if (error) return <ErrorAlert error={error} />;
  if (!q) return null;
  const coordinator = me.role === 'coordinator';
  return (
    <>
      <PageHeader
        title={q.title}
        subtitle={
          <Group gap="xs" component="span">
            <span>{t('quotes:detail.subtitle', { seats: q.seats, members: q.membersCount })}</span>
            <StatusBadge status={q.status} labelKey="quotes:status" />
          </Group>
        }
        actions={coordinator && q.status === 'open' && <CancelButton quote={q} />}
      />
      <Stack>
        <RequestFacts quote={q} />
        {coordinator ? <Comparison quote={q} /> : <TrainerAnswer quote={q} providerId={me.providerId} />}
        <History quote={q} />
      </Stack>
    </>
  );
}

function RequestFacts({ quote: q }: { quote: QuoteRequest }) {
  const { t } = useTranslation();
  const ref = useReference();
  const topics = useTopicLabels();
  const format = useFormat();
  const facts: Array<[string, string]> = [
    [t('quotes:fields.topic'), topics.en ? q.topicNameEn : q.topicNameFr],
    [t('quotes:fields.region'), q.regionCode ? ref.regionLabel(q.regionCode) : t('quotes:detail.anyRegion')],
    [t('quotes:fields.language'), q.language ? t(`common:languages.${q.language}`) : t('quotes:detail.anyLanguage')],
    [t('quotes:fields.modes'), q.modes.map((m) => t(`needs:mode.${m}`)).join(', ') || t('quotes:detail.anyMode')],
    [t('quotes:fields.periods'), q.periods.join(', ')],
    [t('quotes:fields.responseDueOn'), format.date(q.responseDueOn)],
  ];
  return (
    <Card withBorder>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text size="sm" c="dimmed">
              {label}
            </Text>
            <Text>{value || '—'}</Text>
          </div>
        ))}
      </SimpleGrid>
      {q.details && (
        <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {q.details}
        </Text>
      )}
    </Card>
  );
}

function CancelButton({ quote: q }: { quote: QuoteRequest }) {
  const { t } = useTranslation();
  const action = useQuoteAction(q.id);
  return (
    <Button variant="default" color="red" loading={action.isPending} onClick={() => action.mutate({ action: 'cancel', body: {} })}>
      {t('quotes:detail.cancel')}
    </Button>
  );
}

/** The answers side by side: one column per provider, the cheapest total first. */
function Comparison({ quote: q }: { quote: QuoteRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const action = useQuoteAction(q.id);
  const [accepting, setAccepting] = useState<string | null>(null);
  const current = q.responses.filter((r) => r.status !== 'superseded').sort((a, b) => (a.comparison?.rank ?? 99) - (b.comparison?.rank ?? 99));
  const rows: Array<[string, (r: (typeof current)[number]) => React.ReactNode]> = [
    [t('quotes:compare.rank'), (r) => r.comparison?.rank ?? '—'],
    [t('quotes:compare.total'), (r) => format.money(r.comparison?.totalCents)],
    [t('quotes:compare.perSeat'), (r) => format.money(r.comparison?.perSeatCents, 2)],
    [t('quotes:fields.fixedCost'), (r) => format.money(r.fixedCostCents)],
    [t('quotes:fields.seatCost'), (r) => format.money(r.seatCostCents, 2)],
    [t('quotes:fields.seatLimits'), (r) => `${r.minSeats}–${r.maxSeats}`],
    [t('quotes:compare.meetsMinimum'), (r) => (r.comparison?.meetsMinimum ? t('common:yes') : t('common:no'))],
    [t('quotes:fields.periods'), (r) => r.periods.join(', ')],
    [t('quotes:fields.duration'), (r) => (r.durationHours ? t('quotes:compare.hours', { count: r.durationHours }) : '—')],
    [t('quotes:fields.conditions'), (r) => r.conditions || '—'],
    [t('quotes:compare.submittedAt'), (r) => format.dateTime(r.submittedAt)],
  ];
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('quotes:compare.title')}
      </Title>
      <Group gap="xs" mb="sm">
        {q.providers.map((p) => (
          <Badge key={p.providerId} variant="light" color={p.status === 'answered' || p.status === 'accepted' ? 'green' : 'gray'} styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}>
            {p.providerName} : {t(`quotes:providerStatus.${p.status}`)}
          </Badge>
        ))}
      </Group>
      {current.length === 0 ? (
        <Text c="dimmed">{t('quotes:compare.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={500}>
          <Table withColumnBorders aria-label={t('quotes:compare.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <span className="visually-hidden" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                    {t('quotes:compare.criterion')}
                  </span>
                </Table.Th>
                {current.map((r) => (
                  <Table.Th key={r.id} scope="col">
                    {r.providerName}
                    {r.status === 'accepted' && (
                      <Badge ml="xs" color="green" variant="light" styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}>
                        {t('quotes:responseStatus.accepted')}
                      </Badge>
                    )}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th scope="row">{label}</Table.Th>
                  {current.map((r) => (
                    <Table.Td key={r.id}>{value(r)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
              {q.status === 'open' && (
                <Table.Tr>
                  <Table.Th scope="row">{t('common:actions.label')}</Table.Th>
                  {current.map((r) => (
                    <Table.Td key={r.id}>
                      <Button size="xs" onClick={() => setAccepting(r.id)} aria-label={t('quotes:compare.acceptOne', { provider: r.providerName })}>
                        {t('quotes:compare.accept')}
                      </Button>
                    </Table.Td>
                  ))}
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {q.status === 'accepted' && q.courseId && (
        <Alert color="green" variant="light" mt="sm">
          {t('quotes:compare.accepted')}{' '}
          <Link to={`/courses/${q.courseId}`}>{t('quotes:compare.seeCourse')}</Link>
        </Alert>
      )}
      <Modal opened={accepting !== null} onClose={() => setAccepting(null)} title={t('quotes:compare.confirmTitle')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        <Stack>
          <Text>{t('quotes:compare.confirmText')}</Text>
          <ErrorAlert error={action.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAccepting(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              loading={action.isPending}
              onClick={() =>
                accepting &&
                action.mutate(
                  { action: 'accept', body: { responseId: accepting } },
                  {
                    onSuccess: () => {
                      setAccepting(null);
                      notify({ color: 'green', message: t('quotes:compare.accepted') });
                    },
                  },
                )
              }
            >
              {t('quotes:compare.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function TrainerAnswer({ quote: q, providerId }: { quote: QuoteRequest; providerId: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const action = useQuoteAction(q.id);
  const form = useFieldErrors();
  const mine = q.providers.find((p) => p.providerId === providerId);
  const last = q.responses.filter((r) => r.providerId === providerId && r.status !== 'superseded').at(-1);
  const [fixed, setFixed] = useState<number | string>(last ? last.fixedCostCents / 100 : '');
  const [seat, setSeat] = useState<number | string>(last ? last.seatCostCents / 100 : '');
  const [minSeats, setMin] = useState<number | string>(last?.minSeats ?? '');
  const [maxSeats, setMax] = useState<number | string>(last?.maxSeats ?? '');
  const [periods, setPeriods] = useState<string[]>(last?.periods ?? q.periods);
  const [hours, setHours] = useState<number | string>(last?.durationHours ?? '');
  const [conditions, setConditions] = useState(last?.conditions ?? '');
  const months = [...new Set([...upcomingMonths(18), ...q.periods, ...periods])].sort();
  const open = q.status === 'open' && mine && (mine.status === 'sent' || mine.status === 'answered');
  const cents = (v: number | string) => (v === '' ? Number.NaN : dollarsToCents(v));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    action.mutate(
      {
        action: 'answer',
        body: {
          fixedCostCents: cents(fixed),
          seatCostCents: cents(seat),
          minSeats: minSeats === '' ? Number.NaN : Number(minSeats),
          maxSeats: maxSeats === '' ? Number.NaN : Number(maxSeats),
          periods,
          durationHours: hours === '' ? null : Number(hours),
          conditions,
        },
      },
      { onSuccess: () => notify({ color: 'green', message: t('quotes:answer.sent') }), onError: form.fromError },
    );
  };

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('quotes:answer.title')}
      </Title>
      {mine && (
        <Text mb="sm">
          {t('quotes:answer.yourStatus')} <StatusBadge status={mine.status} labelKey="quotes:providerStatus" />
        </Text>
      )}
      {last && (
        <Alert color="blue" variant="light" mb="sm">
          {t('quotes:answer.last', { date: format.dateTime(last.submittedAt), fixed: format.money(last.fixedCostCents), seat: format.money(last.seatCostCents, 2) })}
        </Alert>
      )}
      {open ? (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError form={form} unlessFieldErrors />
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <NumberInput label={t('quotes:fields.fixedCost')} required min={0} decimalScale={2} value={fixed} onChange={setFixed} error={form.error('fixedCostCents')} />
              <NumberInput label={t('quotes:fields.seatCost')} required min={0} decimalScale={2} value={seat} onChange={setSeat} error={form.error('seatCostCents')} />
              <NumberInput label={t('quotes:fields.minSeats')} required min={1} allowDecimal={false} value={minSeats} onChange={setMin} error={form.error('minSeats')} />
              <NumberInput label={t('quotes:fields.maxSeats')} required min={1} allowDecimal={false} value={maxSeats} onChange={setMax} error={form.error('maxSeats')} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <MultiSelect label={t('quotes:fields.periods')} required data={months} value={periods} onChange={setPeriods} error={form.error('periods')} />
              <NumberInput label={t('quotes:fields.duration')} min={0} decimalScale={1} value={hours} onChange={setHours} error={form.error('durationHours')} />
            </SimpleGrid>
            <Textarea label={t('quotes:fields.conditions')} value={conditions} onChange={(e) => setConditions(e.currentTarget.value)} autosize minRows={2} />
            <Group justify="space-between">
              <Button variant="default" color="red" onClick={() => action.mutate({ action: 'decline', body: {} })}>
                {t('quotes:answer.decline')}
              </Button>
              <Button type="submit" loading={action.isPending}>
                {t('quotes:answer.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Text c="dimmed">{t('quotes:answer.closed')}</Text>
      )}
    </Card>
  );
}

function History({ quote: q }: { quote: QuoteRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const providerName = (id: string | null) => q.providers.find((p) => p.providerId === id)?.providerName ?? '';
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('quotes:history.title')}
      </Title>
      <Timeline bulletSize={14} lineWidth={2}>
        {q.events.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: events are append-only and have no id here
          <Timeline.Item key={i} title={t(`quotes:history.kinds.${e.kind}`, { defaultValue: e.kind })}>
            <Text size="sm" c="dimmed">
              {format.dateTime(e.at)}
              {e.providerId ? ` · ${providerName(e.providerId)}` : ''}
              {e.actorName ? ` · ${e.actorName}` : ''}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}

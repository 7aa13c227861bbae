import { Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useReference } from '../../../api/reference.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../components/format.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { useCurrentUser } from '../../auth/session.ts';
import { useTopicLabels } from '../../catalogue/api.ts';
import { type QuoteRequest, quoteRequestIsOpen, useQuote, useQuoteAction } from '../api.ts';
import { Comparison } from './comparison.tsx';
import { History } from './history.tsx';
import { TrainerAnswer } from './trainer-answer.tsx';

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
            <span>
              {t('quotes:detail.subtitle', {
                seats: t('common:count.seats', { count: q.seats }),
                members: t('common:count.firms', { count: q.membersCount }),
              })}
            </span>
            <StatusBadge status={q.status} labelKey="quotes:status" />
          </Group>
        }
        actions={coordinator && quoteRequestIsOpen(q.status) && <CancelButton quote={q} />}
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
    <Button
      variant="default"
      color="red"
      loading={action.isPending}
      onClick={() => action.mutate({ action: 'cancel', body: {} })}
    >
      {t('quotes:detail.cancel')}
    </Button>
  );
}

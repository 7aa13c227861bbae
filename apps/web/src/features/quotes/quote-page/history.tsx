import { Card, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../components/format.ts';
import type { QuoteRequest } from '../api.ts';

/** Every dated step of the request. */
export function History({ quote: q }: { quote: QuoteRequest }) {
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

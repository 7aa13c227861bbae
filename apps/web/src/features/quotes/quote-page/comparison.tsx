import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { type QuoteRequest, quoteRequestIsOpen, quoteResponseIsShown, useQuoteAction } from '../api.ts';

/** The answers side by side: one column per provider, the cheapest total first. */
/** The coordinator compares the answers side by side (ranked by cost per seat) and accepts one. */
export function Comparison({ quote: q }: { quote: QuoteRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const action = useQuoteAction(q.id);
  const [accepting, setAccepting] = useState<string | null>(null);
  const current = q.responses
    .filter((r) => quoteResponseIsShown(r.status))
    .sort((a, b) => (a.comparison?.rank ?? 99) - (b.comparison?.rank ?? 99));
  const rows: Array<[string, (r: (typeof current)[number]) => React.ReactNode]> = [
    [t('quotes:compare.rank'), (r) => r.comparison?.rank ?? '—'],
    [t('quotes:compare.total'), (r) => format.money(r.comparison?.totalCents)],
    [t('quotes:compare.perSeat'), (r) => format.money(r.comparison?.perSeatCents, 2)],
    [t('quotes:fields.fixedCost'), (r) => format.money(r.fixedCostCents)],
    [t('quotes:fields.seatCost'), (r) => format.money(r.seatCostCents, 2)],
    [t('quotes:fields.seatLimits'), (r) => `${r.minSeats}–${r.maxSeats}`],
    [t('quotes:compare.meetsMinimum'), (r) => (r.comparison?.meetsMinimum ? t('common:yes') : t('common:no'))],
    [t('quotes:fields.periods'), (r) => r.periods.join(', ')],
    [
      t('quotes:fields.duration'),
      (r) => (r.durationHours ? t('quotes:compare.hours', { count: r.durationHours }) : '—'),
    ],
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
          <Badge
            key={p.providerId}
            variant="light"
            color={p.status === 'answered' || p.status === 'accepted' ? 'green' : 'gray'}
            styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
          >
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
                  <span
                    className="visually-hidden"
                    style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
                  >
                    {t('quotes:compare.criterion')}
                  </span>
                </Table.Th>
                {current.map((r) => (
                  <Table.Th key={r.id} scope="col">
                    {r.providerName}
                    {r.status === 'accepted' && (
                      <Badge
                        ml="xs"
                        color="green"
                        variant="light"
                        styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
                      >
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
              {quoteRequestIsOpen(q.status) && (
                <Table.Tr>
                  <Table.Th scope="row">{t('common:actions.label')}</Table.Th>
                  {current.map((r) => (
                    <Table.Td key={r.id}>
                      <Button
                        size="xs"
                        onClick={() => setAccepting(r.id)}
                        aria-label={t('quotes:compare.acceptOne', { provider: r.providerName })}
                      >
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
          {t('quotes:compare.accepted')} <Link to={`/courses/${q.courseId}`}>{t('quotes:compare.seeCourse')}</Link>
        </Alert>
      )}
      <Modal
        opened={accepting !== null}
        onClose={() => setAccepting(null)}
        title={t('quotes:compare.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
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

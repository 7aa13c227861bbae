import { Badge, Button, Group, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { useBillableSessions, useInvoiceSession } from './api.ts';

/** Sessions ready to invoice (by the timing of the settings) or invoiced, each with its action. */
export function SessionsToInvoice() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const message = useErrorMessage();
  const [state, setState] = useState<'to_invoice' | 'invoiced' | 'all'>('to_invoice');
  const { data, error, isLoading } = useBillableSessions({ state, page: 1, pageSize: 100 });
  const invoice = useInvoiceSession();
  const en = i18n.language.startsWith('en');
  const run = (sessionId: string) =>
    invoice.mutate(sessionId, {
      onSuccess: (r) =>
        notify({
          color: 'green',
          message: t('finance:sessions.done', { invoices: r.invoices.length, credits: r.creditNotes.length }),
        }),
      onError: (e) => notify({ color: 'red', message: message(e) }),
    });
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('finance:sessions.title')}
        </Title>
        <SegmentedControl
          aria-label={t('finance:sessions.show')}
          value={state}
          onChange={(v) => setState(v as typeof state)}
          data={(['to_invoice', 'invoiced', 'all'] as const).map((v) => ({
            value: v,
            label: t(`finance:sessions.state.${v}`),
          }))}
        />
      </Group>
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={800}>
        <Table striped aria-label={t('finance:sessions.title')} aria-busy={isLoading}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('finance:sessions.session')}</Table.Th>
              <Table.Th>{t('finance:sessions.dates')}</Table.Th>
              <Table.Th ta="right">{t('finance:sessions.seats')}</Table.Th>
              <Table.Th ta="right">{t('finance:sessions.cost')}</Table.Th>
              <Table.Th ta="right">{t('finance:sessions.invoiced')}</Table.Th>
              <Table.Th>{t('finance:sessions.bill')}</Table.Th>
              <Table.Th>{t('common:actions.label')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((s) => {
              const title = en ? s.titleEn : s.titleFr;
              return (
                <Table.Tr key={s.sessionId}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {s.providerName ?? '—'} · {t(`finance:sessions.status.${s.status}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {s.firstDay
                      ? `${format.date(s.firstDay)}${s.lastDay !== s.firstDay ? ` – ${format.date(s.lastDay)}` : ''}`
                      : '—'}
                  </Table.Td>
                  <Table.Td ta="right">{s.seats}</Table.Td>
                  <Table.Td ta="right">{format.amount(s.costCents)}</Table.Td>
                  <Table.Td ta="right">{s.invoiced ? format.amount(s.invoicedCents) : '—'}</Table.Td>
                  <Table.Td>{s.providerBillStatus ? t(`finance:billStatus.${s.providerBillStatus}`) : '—'}</Table.Td>
                  <Table.Td>
                    {s.invoiced && s.upToDate ? (
                      <Badge color="green" variant="light" styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}>
                        {t('finance:sessions.upToDate')}
                      </Badge>
                    ) : (
                      <Button
                        size="xs"
                        loading={invoice.isPending && invoice.variables === s.sessionId}
                        onClick={() => run(s.sessionId)}
                        aria-label={t('finance:sessions.invoiceOne', { title })}
                      >
                        {s.invoiced ? t('finance:sessions.update') : t('finance:sessions.invoice')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data && data.items.length === 0 && <Text c="dimmed">{t(`finance:sessions.none.${state}`)}</Text>}
    </>
  );
}

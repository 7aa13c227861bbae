import { Button, Group, Loader, Table, Tabs, Text, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { AGEING_BUCKETS, downloadStatementPdf, useSeatCosts, useStatement } from './api.ts';
import { InvoicesTable } from './invoices-table.tsx';

/** /my-invoices: the firm's invoices and credit notes, its statement of account, and what a seat would cost in the sessions still open. */
export function MyInvoicesPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string>('invoices');
  return (
    <>
      <PageHeader title={t('finance:my.title')} subtitle={t('finance:my.subtitle')} />
      <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="invoices">{t('finance:my.invoices')}</Tabs.Tab>
          <Tabs.Tab value="statement">{t('finance:my.statement')}</Tabs.Tab>
          <Tabs.Tab value="seats">{t('finance:my.seatCosts')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="invoices">
          <InvoicesTable base="/my-invoices" memberColumn={false} />
        </Tabs.Panel>
        <Tabs.Panel value="statement">
          <Statement />
        </Tabs.Panel>
        <Tabs.Panel value="seats">
          <SeatCosts />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function Statement() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useFormat();
  const message = useErrorMessage();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const query = { from: from || undefined, to: to || undefined };
  const { data, error, isLoading } = useStatement(me.memberId, query);
  const download = (lang: 'fr' | 'en') =>
    me.memberId &&
    downloadStatementPdf(me.memberId, { ...query, lang }).catch((e) => notify({ color: 'red', message: message(e) }));
  return (
    <>
      <Group align="flex-end" mb="sm">
        <TextInput
          type="date"
          label={t('finance:ledger.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('finance:ledger.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => download('fr')}>
          {t('finance:my.statementPdfFr')}
        </Button>
        <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => download('en')}>
          {t('finance:my.statementPdfEn')}
        </Button>
      </Group>
      {isLoading && <Loader aria-label={t('common:loading')} />}
      <ErrorAlert error={error} />
      {data && (
        <>
          <Text size="sm" mb="xs">
            {t('finance:my.period', { from: format.date(data.from), to: format.date(data.to) })} ·{' '}
            {t('finance:ledger.opening')} : {format.amount(data.openingBalanceCents)}
          </Text>
          <Table.ScrollContainer minWidth={700}>
            <Table striped aria-label={t('finance:my.statement')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('finance:ledger.date')}</Table.Th>
                  <Table.Th>{t('finance:my.document')}</Table.Th>
                  <Table.Th>{t('finance:ledger.description')}</Table.Th>
                  <Table.Th ta="right">{t('finance:ledger.debit')}</Table.Th>
                  <Table.Th ta="right">{t('finance:ledger.credit')}</Table.Th>
                  <Table.Th ta="right">{t('finance:ledger.balance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.lines.map((l, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a document and its payments share a number
                  <Table.Tr key={`${l.invoiceId}-${i}`}>
                    <Table.Td>{format.date(l.date)}</Table.Td>
                    <Table.Td>{l.number}</Table.Td>
                    <Table.Td>{t(`finance:my.move.${l.kind}`)}</Table.Td>
                    <Table.Td ta="right">{l.debitCents ? format.amount(l.debitCents) : ''}</Table.Td>
                    <Table.Td ta="right">{l.creditCents ? format.amount(l.creditCents) : ''}</Table.Td>
                    <Table.Td ta="right">{format.amount(l.balanceCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text fw={700} mt="sm">
            {t('finance:ledger.closing')} : {format.amount(data.closingBalanceCents)}
          </Text>
          <Text size="sm" c="dimmed">
            {AGEING_BUCKETS.map(
              (b) => `${t('finance:ageing.bucket', { days: b })} ${format.amount(data.ageing[b])}`,
            ).join(' · ')}
          </Text>
        </>
      )}
    </>
  );
}

function SeatCosts() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { data, error, isLoading } = useSeatCosts();
  const en = i18n.language.startsWith('en');
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {t('finance:my.seatCostsHelp')}
      </Text>
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={700}>
        <Table striped aria-label={t('finance:my.seatCosts')} aria-busy={isLoading}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('finance:sessions.session')}</Table.Th>
              <Table.Th>{t('finance:sessions.dates')}</Table.Th>
              <Table.Th ta="right">{t('finance:my.seatShare')}</Table.Th>
              <Table.Th ta="right">{t('finance:invoice.subsidy')}</Table.Th>
              <Table.Th ta="right">{t('finance:my.taxes')}</Table.Th>
              <Table.Th ta="right">{t('finance:my.seatTotal')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((s) => (
              <Table.Tr key={s.sessionId}>
                <Table.Td>{en ? s.titleEn : s.titleFr}</Table.Td>
                <Table.Td>{s.firstDay ? format.date(s.firstDay) : t('finance:my.notScheduled')}</Table.Td>
                <Table.Td ta="right">{format.amount(s.seatShareCents)}</Table.Td>
                <Table.Td ta="right">{s.subsidyCents ? format.amount(-s.subsidyCents) : '—'}</Table.Td>
                <Table.Td ta="right">{format.amount(s.gstCents + s.qstCents)}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {format.amount(s.totalCents)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data?.items.length === 0 && <Text c="dimmed">{t('finance:my.noOpenSessions')}</Text>}
    </>
  );
}

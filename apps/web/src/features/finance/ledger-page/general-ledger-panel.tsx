import { Group, Pagination, Select, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../components/format.ts';
import { useAccounts, useGeneralLedger } from '../api.ts';

/** One account's lines in a date range, with the opening balance and a running balance. */
export function GeneralLedgerPanel({
  accountId,
  onAccount,
}: {
  accountId: string | null;
  onAccount: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const accounts = useAccounts();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const { data, error } = useGeneralLedger(accountId, {
    from: from || undefined,
    to: to || undefined,
    page,
    pageSize: 50,
  });
  const en = i18n.language.startsWith('en');
  return (
    <>
      <Group align="flex-end" mb="sm">
        <Select
          label={t('finance:ledger.account')}
          searchable
          data={(accounts.data?.items ?? []).map((a) => ({
            value: a.id,
            label: `${a.code} ${en ? a.nameEn : a.nameFr}`,
          }))}
          value={accountId}
          onChange={(v) => v && onAccount(v)}
          w={380}
        />
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
      </Group>
      <ErrorAlert error={error} />
      {data && (
        <>
          <Text size="sm" mb="xs">
            {t('finance:ledger.opening')} : {format.amount(data.openingBalanceCents)} · {t('finance:ledger.closing')} :{' '}
            {format.amount(data.closingBalanceCents)}
          </Text>
          <Table.ScrollContainer minWidth={800}>
            <Table striped aria-label={t('finance:ledger.generalLedger')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('finance:ledger.date')}</Table.Th>
                  <Table.Th>{t('finance:ledger.entryNumber')}</Table.Th>
                  <Table.Th>{t('finance:ledger.description')}</Table.Th>
                  <Table.Th ta="right">{t('finance:ledger.debit')}</Table.Th>
                  <Table.Th ta="right">{t('finance:ledger.credit')}</Table.Th>
                  <Table.Th ta="right">{t('finance:ledger.balance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((l, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: an entry may have two lines on one account
                  <Table.Tr key={`${l.entryId}-${i}`}>
                    <Table.Td>{format.date(l.entryDate)}</Table.Td>
                    <Table.Td>{l.number}</Table.Td>
                    <Table.Td>
                      {l.description}
                      {l.memberName ? ` — ${l.memberName}` : ''}
                    </Table.Td>
                    <Table.Td ta="right">{l.debitCents ? format.amount(l.debitCents) : ''}</Table.Td>
                    <Table.Td ta="right">{l.creditCents ? format.amount(l.creditCents) : ''}</Table.Td>
                    <Table.Td ta="right">{format.amount(l.runningBalanceCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {data.total > 50 && (
            <Pagination
              mt="sm"
              total={Math.ceil(data.total / 50)}
              value={page}
              onChange={setPage}
              size="sm"
              getItemProps={(p) => ({ 'aria-label': t('common:table.goToPage', { page: p }) })}
              getControlProps={(c) => ({ 'aria-label': t(`common:table.${c}`) })}
            />
          )}
        </>
      )}
      {!accountId && <Text c="dimmed">{t('finance:ledger.pickAccount')}</Text>}
    </>
  );
}

import { Anchor, Badge, Group, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { today, useFormat } from '../../../components/format.ts';
import { useTrialBalance } from '../api.ts';

/** The trial balance at a date: every account's debits, credits and balance; they sum to zero. */
export function TrialBalancePanel({ onAccount }: { onAccount: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [asOf, setAsOf] = useState(today());
  const [from, setFrom] = useState('');
  const { data, error, isLoading } = useTrialBalance({ asOf: asOf || undefined, from: from || undefined });
  const en = i18n.language.startsWith('en');
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
          label={t('finance:ledger.asOf')}
          value={asOf}
          onChange={(e) => setAsOf(e.currentTarget.value)}
        />
        {data && (
          <Badge
            color={data.balanced ? 'green' : 'red'}
            variant="light"
            mb={6}
            styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
          >
            {data.balanced ? t('finance:ledger.balanced') : t('finance:ledger.unbalanced')}
          </Badge>
        )}
      </Group>
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={700}>
        <Table striped aria-label={t('finance:ledger.trialBalance')} aria-busy={isLoading}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('finance:ledger.code')}</Table.Th>
              <Table.Th>{t('finance:ledger.account')}</Table.Th>
              <Table.Th ta="right">{t('finance:ledger.debit')}</Table.Th>
              <Table.Th ta="right">{t('finance:ledger.credit')}</Table.Th>
              <Table.Th ta="right">{t('finance:ledger.balance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.rows.map((r) => (
              <Table.Tr key={r.accountId}>
                <Table.Td>{r.code}</Table.Td>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => onAccount(r.accountId)}>
                    {en ? r.nameEn : r.nameFr}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{format.amount(r.debitCents)}</Table.Td>
                <Table.Td ta="right">{format.amount(r.creditCents)}</Table.Td>
                <Table.Td ta="right">{format.amount(r.balanceCents)}</Table.Td>
              </Table.Tr>
            ))}
            {data && (
              <Table.Tr fw={700}>
                <Table.Td />
                <Table.Td>{t('finance:ledger.totals')}</Table.Td>
                <Table.Td ta="right">{format.amount(data.totalDebitCents)}</Table.Td>
                <Table.Td ta="right">{format.amount(data.totalCreditCents)}</Table.Td>
                <Table.Td ta="right">{format.amount(data.totalDebitCents - data.totalCreditCents)}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

import { Button, Card, Group, Pagination, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { useJournal, useReverseEntry } from '../api.ts';

/** The journal, newest first: each entry with its voucher and lines; adjustments can be reversed. */
export function JournalPanel() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const message = useErrorMessage();
  const [page, setPage] = useState(1);
  const { data, error } = useJournal({ page, pageSize: 20 });
  const reverse = useReverseEntry();
  const [reason, setReason] = useState('');
  const en = i18n.language.startsWith('en');
  return (
    <Stack>
      <ErrorAlert error={error} />
      <TextInput
        label={t('finance:ledger.reverseReason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        w={360}
      />
      {data?.items.map((e) => (
        <Card withBorder padding="sm" key={e.id}>
          <Group justify="space-between" mb={4}>
            <Text fw={600} size="sm">
              {t('finance:ledger.entry', { number: e.number })} · {format.date(e.entryDate)} ·{' '}
              {t(`finance:voucher.${e.voucherKind}`)} {e.voucherNumber ?? ''}
            </Text>
            {(e.voucherKind === 'adjustment' || e.voucherKind === 'opening') && !e.reversedByEntryId && (
              <Button
                size="xs"
                variant="light"
                color="red"
                disabled={!reason.trim()}
                onClick={() =>
                  reverse.mutate(
                    { entryId: e.id, reason },
                    {
                      onSuccess: () => notify({ color: 'green', message: t('finance:ledger.reversed') }),
                      onError: (x) => notify({ color: 'red', message: message(x) }),
                    },
                  )
                }
              >
                {t('finance:ledger.reverse')}
              </Button>
            )}
          </Group>
          <Text size="sm" mb={4}>
            {e.description}
          </Text>
          <Table
            withRowBorders={false}
            verticalSpacing={2}
            aria-label={t('finance:ledger.entry', { number: e.number })}
          >
            <Table.Tbody>
              {e.lines.map((l, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines of an entry have no id of their own here
                <Table.Tr key={i}>
                  <Table.Td w={70}>{l.accountCode}</Table.Td>
                  <Table.Td>
                    {en ? l.accountNameEn : l.accountNameFr}
                    {l.memberName ? ` — ${l.memberName}` : ''}
                  </Table.Td>
                  <Table.Td ta="right" w={130}>
                    {l.debitCents ? format.amount(l.debitCents) : ''}
                  </Table.Td>
                  <Table.Td ta="right" w={130}>
                    {l.creditCents ? format.amount(l.creditCents) : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
      {data && data.total > 20 && (
        <Pagination
          total={Math.ceil(data.total / 20)}
          value={page}
          onChange={setPage}
          size="sm"
          getItemProps={(p) => ({ 'aria-label': t('common:table.goToPage', { page: p }) })}
          getControlProps={(c) => ({ 'aria-label': t(`common:table.${c}`) })}
        />
      )}
    </Stack>
  );
}

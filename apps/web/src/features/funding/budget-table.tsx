import { Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { useBudget } from './api.ts';

/** Each programme's budget: used against agreed, claimed, received, and the forecast to the end of its term. */
export function BudgetTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useBudget();
  return (
    <>
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped aria-label={t('funding:budget.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('funding:budget.programme')}</Table.Th>
              <Table.Th ta="right">{t('funding:budget.agreed')}</Table.Th>
              <Table.Th ta="right">{t('funding:budget.used')}</Table.Th>
              <Table.Th ta="right">{t('funding:budget.claimed')}</Table.Th>
              <Table.Th ta="right">{t('funding:budget.received')}</Table.Th>
              <Table.Th ta="right">{t('funding:budget.forecast')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((b) => (
              <Table.Tr key={b.programmeId}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {b.programmeName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {b.funderName} · {format.date(b.startsOn)} – {format.date(b.endsOn)}
                  </Text>
                  {b.budgetCents ? (
                    <Progress
                      value={Math.min(100, (100 * b.usedCents) / b.budgetCents)}
                      size="sm"
                      mt={4}
                      aria-label={t('funding:budget.usedShare')}
                    />
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">{b.budgetCents === null ? '—' : format.amount(b.budgetCents)}</Table.Td>
                <Table.Td ta="right">{format.amount(b.usedCents)}</Table.Td>
                <Table.Td ta="right">{format.amount(b.claimedCents)}</Table.Td>
                <Table.Td ta="right">{format.amount(b.receivedCents)}</Table.Td>
                <Table.Td ta="right" c={b.forecastOverCents !== null && b.forecastOverCents > 0 ? 'red.8' : undefined}>
                  {format.amount(b.forecastCents)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data?.items.length === 0 && <Text c="dimmed">{t('funding:budget.none')}</Text>}
    </>
  );
}

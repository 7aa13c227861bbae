import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dollarsToCents, useFormat } from '../../../components/format.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { PoolingRunDetail } from '../api.ts';
import type { PlanNames } from '../use-plan-names.ts';

type Plan = NonNullable<PoolingRunDetail['plan']>;

/** Each firm's seats, pooled cost, cost alone and savings in the plan. */
export function MembersTable({ plan, names }: { plan: Plan; names: PlanNames }) {
  const { t } = useTranslation();
  const format = useFormat();
  const exact = (dollars: number) => format.money(dollarsToCents(dollars), 2);
  return (
    <section aria-labelledby="members-title">
      <Title order={2} size="h4" mb="xs" id="members-title">
        {t('pooling:members.title')}
      </Title>
      <TableScroll minWidth={560} labelledBy="members-title">
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pooling:members.firm')}</Table.Th>
              <Table.Th ta="right">{t('pooling:members.seats')}</Table.Th>
              <Table.Th ta="right">{t('pooling:members.pooled')}</Table.Th>
              <Table.Th ta="right">{t('pooling:members.alone')}</Table.Th>
              <Table.Th ta="right">{t('pooling:members.savings')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.members.map((m) => (
              <Table.Tr key={m.memberId}>
                <Table.Td>{names.firm(m.memberId)}</Table.Td>
                <Table.Td ta="right">{m.seats}</Table.Td>
                <Table.Td ta="right">{exact(m.pooledCost)}</Table.Td>
                <Table.Td ta="right">{exact(m.standaloneCost)}</Table.Td>
                <Table.Td ta="right">{exact(m.savings)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </section>
  );
}

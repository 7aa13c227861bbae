import { SimpleGrid, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.ts';
import type { AnnualReport } from './api.ts';

type Line = { code: string; nameFr: string; nameEn: string; cents: number };

/** The statement of operations and the balance sheet of the report's year, from the ledger. */
export function StatementsTables({ report: r }: { report: AnnualReport }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const en = i18n.language.startsWith('en');
  const rows = (lines: Line[]) =>
    lines.map((l) => (
      <Table.Tr key={l.code}>
        <Table.Td>{l.code}</Table.Td>
        <Table.Td>{en ? l.nameEn : l.nameFr}</Table.Td>
        <Table.Td ta="right">{format.amount(l.cents)}</Table.Td>
      </Table.Tr>
    ));
  const total = (label: string, cents: number) => (
    <Table.Tr fw={700}>
      <Table.Td />
      <Table.Td>{label}</Table.Td>
      <Table.Td ta="right">{format.amount(cents)}</Table.Td>
    </Table.Tr>
  );
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <div>
        <Title order={2} size="h4" mb="xs">
          {t('reports:annual.operations')}
        </Title>
        <Table aria-label={t('reports:annual.operations')}>
          <Table.Tbody>
            {rows(r.operations.revenue)}
            {total(t('reports:annual.revenue'), r.operations.revenueCents)}
            {rows(r.operations.expenses)}
            {total(t('reports:annual.expenses'), r.operations.expensesCents)}
            {total(t('reports:annual.surplus'), r.operations.surplusCents)}
          </Table.Tbody>
        </Table>
      </div>
      <div>
        <Title order={2} size="h4" mb="xs">
          {t('reports:annual.balanceSheet')}
        </Title>
        <Table aria-label={t('reports:annual.balanceSheet')}>
          <Table.Tbody>
            {rows(r.balanceSheet.assets)}
            {total(t('reports:annual.assets'), r.balanceSheet.assetsCents)}
            {rows(r.balanceSheet.liabilities)}
            {total(t('reports:annual.liabilities'), r.balanceSheet.liabilitiesCents)}
            {total(t('reports:annual.netAssets'), r.balanceSheet.netAssetsCents)}
          </Table.Tbody>
        </Table>
      </div>
    </SimpleGrid>
  );
}

import { Anchor, Badge, Group, Pagination, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { FinanceTabs } from '../finance/finance-tabs.tsx';
import { downloadOnePercentPdf, useOnePercentList } from './api.ts';

/** /finance/one-percent: every member's 1 % statement for a calendar year (coordinators). */
export function OnePercentPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const message = useErrorMessage();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [page, setPage] = useState(1);
  const { data, error, isLoading } = useOnePercentList(year, page);
  const lang = i18n.language.startsWith('en') ? 'en' : 'fr';
  return (
    <>
      <PageHeader title={t('reports:onePercent.title')} subtitle={t('reports:onePercent.subtitle')} />
      <FinanceTabs />
      <Select
        label={t('reports:onePercent.year')}
        data={[thisYear, thisYear - 1, thisYear - 2].map(String)}
        value={String(year)}
        onChange={(v) => v && setYear(Number(v))}
        allowDeselect={false}
        w={120}
        mb="sm"
      />
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped aria-label={t('reports:onePercent.title')} aria-busy={isLoading}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports:onePercent.member')}</Table.Th>
              <Table.Th ta="right">{t('reports:onePercent.payroll')}</Table.Th>
              <Table.Th ta="right">{t('reports:onePercent.obligation')}</Table.Th>
              <Table.Th ta="right">{t('reports:onePercent.throughMutual')}</Table.Th>
              <Table.Th ta="right">{t('reports:onePercent.wages')}</Table.Th>
              <Table.Th ta="right">{t('reports:onePercent.shortfall')}</Table.Th>
              <Table.Th>{t('reports:onePercent.pdf')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((s) => (
              <Table.Tr key={s.memberId}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {s.memberName}
                  </Text>
                  <Group gap={4}>
                    {!s.subject && (
                      <Badge
                        size="xs"
                        color="gray"
                        variant="light"
                        styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
                      >
                        {t('reports:onePercent.notSubject')}
                      </Badge>
                    )}
                    {!s.declared && (
                      <Badge
                        size="xs"
                        color="yellow"
                        variant="light"
                        styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
                      >
                        {t('reports:onePercent.notDeclared')}
                      </Badge>
                    )}
                    {s.notCountedCents > 0 && (
                      <Badge
                        size="xs"
                        color="orange"
                        variant="light"
                        styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
                      >
                        {t('reports:onePercent.notCounted', { amount: format.amount(s.notCountedCents) })}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{format.amount(s.payrollCents)}</Table.Td>
                <Table.Td ta="right">{format.amount(s.obligationCents)}</Table.Td>
                <Table.Td ta="right">{format.amount(s.throughMutualCents)}</Table.Td>
                <Table.Td ta="right">{format.amount(s.trainingWagesCents)}</Table.Td>
                <Table.Td ta="right" fw={s.shortfallCents ? 700 : 400}>
                  {format.amount(s.shortfallCents)}
                </Table.Td>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    onClick={() =>
                      downloadOnePercentPdf(s.memberId, year, lang).catch((e) =>
                        notify({ color: 'red', message: message(e) }),
                      )
                    }
                  >
                    {t('reports:onePercent.download', { name: s.memberName })}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data && data.total > 50 && (
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
  );
}

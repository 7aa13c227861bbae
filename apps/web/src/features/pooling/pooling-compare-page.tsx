import { Accordion, Anchor, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { dollarsToCents, useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { type PoolingComparison, usePoolingComparison } from './api.ts';
import { usePlanNames } from './use-plan-names.ts';

type Session = PoolingComparison['sessions']['onlyA'][number];
type Row = PoolingComparison['figures'][number];

/** /pooling/compare?a=&b=: two runs side by side — totals, differences, sessions only one has. */
export function PoolingComparePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params] = useSearchParams();
  const { data, error, isLoading } = usePoolingComparison(params.get('a'), params.get('b'));
  const names = usePlanNames(data);
  if (isLoading) return <Loader aria-label={t('common:loading')} />;
  if (!data) return <ErrorAlert error={error} />;
  // money in cents, seats, or the optimiser's score (a plain number: it is not money)
  const value = (row: Row, v: number | null) =>
    v === null ? '—' : row.kind === 'money' ? format.money(v) : format.number(Math.round(v));
  const title = (r: PoolingComparison['a']) => r.label ?? format.dateTime(r.createdAt);
  const head = (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{t('pooling:compare.measure')}</Table.Th>
        <Table.Th ta="right">
          <Anchor component={Link} to={`/pooling/runs/${data.a.id}`}>
            A · {title(data.a)}
          </Anchor>
        </Table.Th>
        <Table.Th ta="right">
          <Anchor component={Link} to={`/pooling/runs/${data.b.id}`}>
            B · {title(data.b)}
          </Anchor>
        </Table.Th>
        <Table.Th ta="right">{t('pooling:compare.difference')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
  const rows = (list: Row[]) =>
    list.map((row) => (
      <Table.Tr key={row.key}>
        <Table.Td>{t(`pooling:figureKeys.${row.key}`)}</Table.Td>
        <Table.Td ta="right">{value(row, row.a)}</Table.Td>
        <Table.Td ta="right">{value(row, row.b)}</Table.Td>
        <Table.Td ta="right">{value(row, row.difference)}</Table.Td>
      </Table.Tr>
    ));

  const sessionRows = (sessions: Session[], tag: 'a' | 'b' | null) =>
    sessions.map((s) => (
      <Table.Tr key={`${tag}-${s.id}`}>
        <Table.Td>
          {tag ? (
            <Text size="sm" fw={600}>
              {t(`pooling:compare.only${tag.toUpperCase()}`)}
            </Text>
          ) : null}
        </Table.Td>
        <Table.Td>{names.course(s.offerId)}</Table.Td>
        <Table.Td>{format.period(s.period)}</Table.Td>
        <Table.Td>{names.region(s.region)}</Table.Td>
        <Table.Td ta="right">{s.seats}</Table.Td>
        <Table.Td ta="right">{format.money(dollarsToCents(s.cost), 2)}</Table.Td>
        <Table.Td>{s.allocations.map((a) => names.firm(a.memberId)).join(', ')}</Table.Td>
      </Table.Tr>
    ));

  return (
    <>
      <PageHeader title={t('pooling:compare.title')} subtitle={t('pooling:compare.subtitle')} />
      <Stack gap="lg">
        <TableScroll minWidth={560} labelledBy="figures-caption">
          <Table striped>
            <Table.Caption id="figures-caption">{t('pooling:compare.totals')}</Table.Caption>
            {head}
            <Table.Tbody>{rows(data.figures)}</Table.Tbody>
          </Table>
        </TableScroll>
        <Accordion variant="contained">
          <Accordion.Item value="technical">
            <Accordion.Control>{t('pooling:technical.title')}</Accordion.Control>
            <Accordion.Panel>
              <Text size="sm" mb="xs" id="technical-note">
                {t('pooling:compare.technicalNote')}
              </Text>
              <TableScroll minWidth={560} labelledBy="technical-note">
                <Table striped>
                  {head}
                  <Table.Tbody>{rows(data.technical)}</Table.Tbody>
                </Table>
              </TableScroll>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
        <section aria-labelledby="diff-title">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4" id="diff-title">
              {t('pooling:compare.sessions')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('pooling:compare.counts', {
                both: data.sessions.both.length,
                a: data.sessions.onlyA.length,
                b: data.sessions.onlyB.length,
              })}
            </Text>
          </Group>
          <TableScroll minWidth={800} labelledBy="diff-title">
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('pooling:compare.where')}</Table.Th>
                  <Table.Th>{t('pooling:sessions.course')}</Table.Th>
                  <Table.Th>{t('pooling:sessions.period')}</Table.Th>
                  <Table.Th>{t('pooling:sessions.region')}</Table.Th>
                  <Table.Th ta="right">{t('pooling:sessions.seats')}</Table.Th>
                  <Table.Th ta="right">{t('pooling:sessions.cost')}</Table.Th>
                  <Table.Th>{t('pooling:sessions.firms')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sessionRows(data.sessions.onlyA, 'a')}
                {sessionRows(data.sessions.onlyB, 'b')}
                {sessionRows(
                  data.sessions.both.map((p) => p.b),
                  null,
                )}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </section>
      </Stack>
    </>
  );
}

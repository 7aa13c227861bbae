import { Anchor, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { dollarsToCents, useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { type PoolingComparison, usePoolingComparison } from './api.ts';
import { usePlanNames } from './use-plan-names.ts';

type Session = PoolingComparison['sessions']['onlyA'][number];
const MONEY_KEYS = new Set(['objective', 'cost', 'penalty', 'standaloneCost', 'savings']);

/** /pooling/compare?a=&b=: two runs side by side — totals, differences, sessions only one has. */
export function PoolingComparePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params] = useSearchParams();
  const { data, error, isLoading } = usePoolingComparison(params.get('a'), params.get('b'));
  const names = usePlanNames(data);
  if (isLoading) return <Loader aria-label={t('common:loading')} />;
  if (!data) return <ErrorAlert error={error} />;
  const value = (key: string, v: number) => (MONEY_KEYS.has(key) ? format.money(dollarsToCents(v)) : format.number(v));
  const title = (r: PoolingComparison['a']) => r.label ?? format.dateTime(r.createdAt);

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
        <Table striped>
          <Table.Caption>{t('pooling:compare.totals')}</Table.Caption>
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
          <Table.Tbody>
            {data.totals.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>{t(`pooling:totalKeys.${row.key}`)}</Table.Td>
                <Table.Td ta="right">{value(row.key, row.a)}</Table.Td>
                <Table.Td ta="right">{value(row.key, row.b)}</Table.Td>
                <Table.Td ta="right">{value(row.key, row.difference)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <section aria-labelledby="diff-title">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4" id="diff-title">
              {t('pooling:compare.sessions')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('pooling:compare.counts', { both: data.sessions.both.length, a: data.sessions.onlyA.length, b: data.sessions.onlyB.length })}
            </Text>
          </Group>
          <Table.ScrollContainer minWidth={800}>
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
          </Table.ScrollContainer>
        </section>
      </Stack>
    </>
  );
}

import { Anchor, Badge, Button, Card, Group, Pagination, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconDownload, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { apiDownload, type Query } from '../../api/client.ts';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useTopicLabels } from '../catalogue/api.ts';
import { upcomingMonths } from '../needs/api.ts';
import { PeriodBadges } from '../needs/need-badges.tsx';
import { CELL_STATUSES, type DemandBoard, type DemandCell, UNMET_REASONS, useDemandBoard, useUnmetNeeds } from './api.ts';

const PAGE = 50;

/** The link that opens a request for quote prefilled from a cell. */
export const quoteFromCell = (c: Pick<DemandCell, 'topicId' | 'regionCode' | 'period' | 'language'>) =>
  `/quotes/new?${new URLSearchParams({ topicId: c.topicId, regionCode: c.regionCode, period: c.period, language: c.language })}`;

/** Coordinator: open needs by topic × region × period × language, ready cells, unmet needs, export. */
export function DemandPage() {
  const { t, i18n } = useTranslation();
  const ref = useReference();
  const topics = useTopicLabels();
  const message = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const filters: Query = {
    topicId: params.get('topicId') ?? undefined,
    regionCode: params.get('regionCode') ?? undefined,
    period: params.get('period') ?? undefined,
    language: params.get('language') ?? undefined,
    status: params.get('status') ?? undefined,
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const setFilter = (name: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        // Another filter is another list of cells: back to its first page.
        if (name !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  const board = useDemandBoard({ ...filters, page, pageSize: PAGE });
  const [exporting, setExporting] = useState(false);
  const exportXlsx = async () => {
    setExporting(true);
    try {
      await apiDownload('/api/demand/export', { ...filters, lang: i18n.language }, 'demand.xlsx');
    } catch (error) {
      notify({ color: 'red', message: message(error) });
    } finally {
      setExporting(false);
    }
  };
  const periodOptions = [...new Set([...(board.data?.periods ?? []), ...upcomingMonths(12)])].sort();

  return (
    <>
      <PageHeader
        title={t('demand:title')}
        subtitle={t('demand:subtitle')}
        actions={
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={exporting} onClick={() => void exportXlsx()}>
            {t('demand:export')}
          </Button>
        }
      />
      <Stack>
        <Group align="flex-end" wrap="wrap">
          <Select label={t('demand:fields.topic')} placeholder={t('common:filters.all')} clearable searchable data={topics.options} value={(filters.topicId as string) ?? null} onChange={(v) => setFilter('topicId', v)} w={300} />
          <Select label={t('demand:fields.region')} placeholder={t('common:filters.all')} clearable searchable data={ref.regionOptions} value={(filters.regionCode as string) ?? null} onChange={(v) => setFilter('regionCode', v)} w={240} />
          <Select label={t('demand:fields.period')} placeholder={t('common:filters.all')} clearable data={periodOptions} value={(filters.period as string) ?? null} onChange={(v) => setFilter('period', v)} w={150} />
          <Select
            label={t('demand:fields.language')}
            placeholder={t('common:filters.all')}
            clearable
            data={['fr', 'en'].map((l) => ({ value: l, label: t(`common:languages.${l}`) }))}
            value={(filters.language as string) ?? null}
            onChange={(v) => setFilter('language', v)}
            w={150}
          />
          <Select
            label={t('demand:fields.status')}
            placeholder={t('common:filters.all')}
            clearable
            data={CELL_STATUSES.map((s) => ({ value: s, label: t(`demand:status.${s}`) }))}
            value={(filters.status as string) ?? null}
            onChange={(v) => setFilter('status', v)}
            w={260}
          />
        </Group>
        <ErrorAlert error={board.error} />
        {board.data && (
          <>
            <Totals board={board.data} />
            <HeatMap board={board.data} />
            <CellsTable board={board.data} onPage={(p) => setFilter('page', p > 1 ? String(p) : null)} />
          </>
        )}
        <UnmetSection filters={filters} />
      </Stack>
    </>
  );
}

function Totals({ board }: { board: DemandBoard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const items: Array<[string, number]> = [
    ['openNeeds', board.totals.openNeeds],
    ['seats', board.totals.seats],
    ['members', board.totals.members],
    ['readyCells', board.totals.readyCells],
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }}>
      {items.map(([key, value]) => (
        <Card key={key} withBorder padding="sm">
          <Text size="sm" c="dimmed">
            {t(`demand:totals.${key}`)}
          </Text>
          <Text fw={700} size="xl">
            {format.number(value)}
          </Text>
        </Card>
      ))}
      <Text size="xs" c="dimmed" style={{ gridColumn: '1 / -1' }}>
        {t('demand:totals.help', { min: board.minMembersPerSession })}
      </Text>
    </SimpleGrid>
  );
}

/** A heat map as a table: a row per topic, a column per period (or region); darker = more seats; ✓ = a ready cell. */
function HeatMap({ board }: { board: DemandBoard }) {
  const { t } = useTranslation();
  const topics = useTopicLabels();
  const ref = useReference();
  const [axis, setAxis] = useState<'period' | 'region'>('period');
  const columns = axis === 'period' ? board.periods : board.regions;
  // The server sums every matching cell per topic × period and topic × region (languages and
  // regions add up; a need accepting both languages counts in each).
  const rows = new Map<string, Map<string, { seats: number; ready: boolean }>>();
  for (const h of axis === 'period' ? board.heat.byPeriod : board.heat.byRegion) {
    const row = rows.get(h.topicId) ?? new Map();
    row.set(h.key, { seats: h.seats, ready: h.ready });
    rows.set(h.topicId, row);
  }
  const topicRows = [...rows.keys()].sort((a, b) => topics.label(a).localeCompare(topics.label(b))).slice(0, 40);
  const max = Math.max(1, ...[...rows.values()].flatMap((r) => [...r.values()].map((v) => v.seats)));
  const colLabel = (c: string) => (axis === 'period' ? c : ref.regionLabel(c));
  if (board.total === 0) return <Text c="dimmed">{t('demand:empty')}</Text>;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('demand:heatmap.title')}
        </Title>
        <SegmentedControl
          aria-label={t('demand:heatmap.axis')}
          value={axis}
          onChange={(v) => setAxis(v as 'period' | 'region')}
          data={[
            { value: 'period', label: t('demand:heatmap.byPeriod') },
            { value: 'region', label: t('demand:heatmap.byRegion') },
          ]}
        />
      </Group>
      <Table.ScrollContainer minWidth={600}>
        <Table withTableBorder withColumnBorders aria-label={t('demand:heatmap.title')} fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('demand:fields.topic')}</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c} style={{ textAlign: 'center' }}>
                  {colLabel(c)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {topicRows.map((topicId) => (
              <Table.Tr key={topicId}>
                <Table.Th scope="row" fw={500}>
                  {topics.label(topicId)}
                </Table.Th>
                {columns.map((c) => {
                  const v = rows.get(topicId)?.get(c);
                  const share = v ? v.seats / max : 0;
                  // Black text stays above 4.5:1 contrast on every step of this blue scale.
                  const bg = v ? `rgba(25, 113, 194, ${0.08 + share * 0.7})` : undefined;
                  return (
                    <Table.Td key={c} style={{ textAlign: 'center', background: bg, color: '#000', fontWeight: v?.ready ? 700 : 400 }}>
                      {v ? (
                        <span title={v.ready ? t('demand:heatmap.ready') : undefined}>
                          {v.seats}
                          {v.ready && (
                            <>
                              {' '}
                              <IconCheck size={12} aria-hidden />
                              <span className="sr-only" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                                {t('demand:heatmap.ready')}
                              </span>
                            </>
                          )}
                        </span>
                      ) : null}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt="xs">
        {t('demand:heatmap.legend')}
      </Text>
    </Card>
  );
}

/** One page of the board's cells, as the server sorts them: ready cells first, then the most seats. */
function CellsTable({ board, onPage }: { board: DemandBoard; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const topics = useTopicLabels();
  const ref = useReference();
  const shown = board.cells;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('demand:cells.title', { count: board.total })}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('demand:cells.order')}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table striped aria-label={t('demand:cells.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('demand:fields.topic')}</Table.Th>
              <Table.Th>{t('demand:fields.region')}</Table.Th>
              <Table.Th>{t('demand:fields.period')}</Table.Th>
              <Table.Th>{t('demand:fields.language')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('demand:fields.seats')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('demand:fields.members')}</Table.Th>
              <Table.Th>{t('demand:fields.status')}</Table.Th>
              <Table.Th>{t('common:actions.label')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((c) => (
              <Table.Tr key={`${c.topicId}|${c.regionCode}|${c.period}|${c.language}`} data-status={c.status}>
                <Table.Td>{topics.label(c.topicId)}</Table.Td>
                <Table.Td>{ref.regionLabel(c.regionCode)}</Table.Td>
                <Table.Td>{c.period}</Table.Td>
                <Table.Td>{t(`common:languages.${c.language}`)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{c.seats}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{c.members}</Table.Td>
                <Table.Td>
                  <CellStatusBadge cell={c} />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={quoteFromCell(c)} size="sm" aria-label={t('demand:cells.requestQuoteFor', { topic: topics.label(c.topicId), period: c.period })}>
                    <Group gap={4} wrap="nowrap" component="span">
                      <IconSend size={14} aria-hidden />
                      {t('demand:cells.requestQuote')}
                    </Group>
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {board.total > board.pageSize && (
        <Pagination
          mt="sm"
          total={Math.ceil(board.total / board.pageSize)}
          value={board.page}
          onChange={onPage}
          size="sm"
          getItemProps={(p) => ({ 'aria-label': t('common:table.goToPage', { page: p }) })}
          getControlProps={(control) => ({ 'aria-label': t(`common:table.${control}`) })}
        />
      )}
    </Card>
  );
}

function UnmetSection({ filters }: { filters: Query }) {
  const { t } = useTranslation();
  const topics = useTopicLabels();
  const ref = useReference();
  const [reason, setReason] = useState<string | null>(null);
  const { topicId, regionCode, period, language } = filters;
  const unmet = useUnmetNeeds({ topicId, regionCode, period, language, reason: reason ?? undefined, pageSize: 200 });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('demand:unmet.title')}
      </Title>
      <ErrorAlert error={unmet.error} />
      <Group gap="xs" mb="sm" wrap="wrap">
        {(unmet.data?.summary ?? []).map((s) => (
          <Badge key={s.reason} variant={reason === s.reason ? 'filled' : 'light'} color="orange" styles={reason === s.reason ? undefined : { label: { color: 'var(--mantine-color-dark-7)' } }}>
            {t(`demand:status.${s.reason}`)} : {t('demand:unmet.count', { needs: s.needs, seats: s.seats })}
          </Badge>
        ))}
      </Group>
      <Select
        label={t('demand:unmet.reason')}
        placeholder={t('common:filters.all')}
        clearable
        data={UNMET_REASONS.map((r) => ({ value: r, label: t(`demand:status.${r}`) }))}
        value={reason}
        onChange={setReason}
        w={300}
        mb="sm"
      />
      <Table.ScrollContainer minWidth={800}>
        <Table striped aria-label={t('demand:unmet.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('demand:fields.member')}</Table.Th>
              <Table.Th>{t('demand:fields.topic')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('demand:fields.seats')}</Table.Th>
              <Table.Th>{t('demand:fields.region')}</Table.Th>
              <Table.Th>{t('demand:fields.period')}</Table.Th>
              <Table.Th>{t('demand:unmet.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(unmet.data?.items ?? []).map((n) => (
              <Table.Tr key={n.needId}>
                <Table.Td>{n.memberName}</Table.Td>
                <Table.Td>{topics.label(n.topicId)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{n.seats}</Table.Td>
                <Table.Td>{ref.regionLabel(n.regionCode)}</Table.Td>
                <Table.Td>
                  <PeriodBadges periods={n.periods} />
                </Table.Td>
                <Table.Td>{t(`demand:status.${n.reason}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {unmet.data && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('demand:unmet.shown', { shown: unmet.data.items.length, total: unmet.data.total })}
        </Text>
      )}
    </Card>
  );
}

/** Ready cells in green with a check mark; the others say what they lack. */
function CellStatusBadge({ cell }: { cell: DemandCell }) {
  const { t } = useTranslation();
  const ready = cell.status === 'ready';
  return (
    <Badge
      color={ready ? 'green' : cell.status === 'below_minimum' ? 'yellow' : 'gray'}
      variant="light"
      leftSection={ready ? <IconCheck size={12} aria-hidden /> : undefined}
      tt="none"
      styles={{ root: { height: 'auto', maxWidth: 'none' }, label: { color: 'var(--mantine-color-dark-7)', whiteSpace: 'normal', overflow: 'visible' } }}
    >
      {t(`demand:status.${cell.status}`)}
      {cell.status === 'below_minimum' && cell.missingSeats !== null ? ` (${t('demand:cells.missing', { count: cell.missingSeats })})` : ''}
    </Badge>
  );
}

import { LineChart } from '@mantine/charts';
import { Anchor, Badge, Button, Card, Group, Select, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import type { Observatory } from '@mutualis/contracts';
import { INDICATOR_TEXTS } from '@mutualis/domain/governance/indicator-texts';
import { MUTUAL_SIZE_CLASSES, MUTUAL_TYPES } from '@mutualis/domain/governance/observatory';
import { INDICATOR_KEYS, type IndicatorKey, indicatorDefinition } from '@mutualis/domain/governance/scorecard';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useIndicatorFormat, useLang } from '../governance/scorecard-view.tsx';
import { downloadOpenData, useObservatory } from './api.ts';
import { ReceivedClaims } from './received-claims.tsx';

/** The indicators shown side by side: one or two per dimension of the study. */
const SIDE_BY_SIDE: IndicatorKey[] = [
  'board_compliant',
  'board_attendance',
  'active_leaders',
  'active_partners',
  'funding_diversity',
  'active_members',
  'renewal_rate',
  'firms_served',
  'micro_small_share',
  'low_skilled_share',
];
const LINE_COLORS = [
  'blue.7',
  'teal.8',
  'orange.8',
  'grape.7',
  'red.8',
  'cyan.8',
  'lime.9',
  'pink.7',
  'indigo.7',
  'yellow.9',
  'gray.7',
  'violet.7',
];

/** Many mutuals side by side and year by year, compared by type and size, with the open data. */
export function ObservatoryPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const lang = useLang();
  const message = useErrorMessage();
  const [indicator, setIndicator] = useState<IndicatorKey>('active_members');
  const [type, setType] = useState<string | null>(null);
  const [sizeClass, setSizeClass] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const indicators = [...new Set([...SIDE_BY_SIDE, indicator])].join(',');
  const { data, error, isLoading } = useObservatory({
    indicators,
    type: (type ?? undefined) as never,
    sizeClass: (sizeClass ?? undefined) as never,
  });
  const download = async () => {
    setDownloading(true);
    try {
      await downloadOpenData(lang);
    } catch (e) {
      notify({ color: 'red', message: message(e) });
    } finally {
      setDownloading(false);
    }
  };
  return (
    <>
      <PageHeader
        title={t('observatory:title')}
        subtitle={t(`observatory:subtitle.${me.role}`, { defaultValue: t('observatory:subtitle.platform_admin') })}
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={downloading}
            onClick={() => void download()}
          >
            {t('observatory:openData')}
          </Button>
        }
      />
      <Group mb="md" align="flex-end">
        <Select
          label={t('observatory:indicator')}
          data={INDICATOR_KEYS.map((k) => ({ value: k, label: INDICATOR_TEXTS[k][lang].name }))}
          value={indicator}
          allowDeselect={false}
          searchable
          onChange={(v) => v && setIndicator(v as IndicatorKey)}
          w={300}
        />
        <Select
          label={t('observatory:type')}
          placeholder={t('common:filters.all')}
          clearable
          data={MUTUAL_TYPES.map((v) => ({ value: v, label: t(`observatory:types.${v}`) }))}
          value={type}
          onChange={setType}
          w={180}
        />
        <Select
          label={t('observatory:size')}
          placeholder={t('common:filters.all')}
          clearable
          data={MUTUAL_SIZE_CLASSES.map((v) => ({ value: v, label: t(`observatory:sizes.${v}`) }))}
          value={sizeClass}
          onChange={setSizeClass}
          w={200}
        />
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('observatory:suppressionNote')}
      </Text>
      <ErrorAlert error={error} />
      {isLoading && <PageLoading />}
      {data && (
        <Tabs defaultValue="side" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="side">{t('observatory:tabs.side')}</Tabs.Tab>
            <Tabs.Tab value="trajectories">{t('observatory:tabs.trajectories')}</Tabs.Tab>
            <Tabs.Tab value="groups">{t('observatory:tabs.groups')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="side">
            <SideBySide data={data} />
          </Tabs.Panel>
          <Tabs.Panel value="trajectories">
            <Trajectories data={data} indicator={indicator} />
          </Tabs.Panel>
          <Tabs.Panel value="groups">
            <Groups data={data} indicator={indicator} />
          </Tabs.Panel>
        </Tabs>
      )}
      {me.role === 'funder' && <ReceivedClaims />}
    </>
  );
}

const cellOf = (data: Observatory, mutualId: string, indicator: IndicatorKey, year: number) =>
  data.series.find((s) => s.mutualId === mutualId && s.indicator === indicator)?.values.find((v) => v.year === year);

function Value({
  status,
  unit,
  value,
}: {
  status: string;
  unit: ReturnType<typeof indicatorDefinition>['unit'];
  value: number | null;
}) {
  const { t } = useTranslation();
  const fmt = useIndicatorFormat();
  if (status === 'suppressed')
    return <abbr title={t('observatory:suppressedTitle')}>{t('observatory:suppressed')}</abbr>;
  if (status === 'not_enough_data')
    return <abbr title={t('observatory:notEnoughDataTitle')}>{t('observatory:notEnoughData')}</abbr>;
  if (status === 'not_available') return <abbr title={t('observatory:notAvailable')}>—</abbr>;
  return <>{fmt(unit, value)}</>;
}

function SideBySide({ data }: { data: Observatory }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [year, setYear] = useState(data.years.at(-1) ?? new Date().getFullYear());
  return (
    <Card withBorder>
      <Group mb="sm" justify="space-between">
        <Title order={2} size="h4" id="side-title">
          {t('observatory:sideTitle', { count: data.mutuals.length, year })}
        </Title>
        <Select
          label={t('observatory:year')}
          data={[...data.years].reverse().map((y) => ({ value: String(y), label: String(y) }))}
          value={String(year)}
          allowDeselect={false}
          onChange={(v) => v && setYear(Number(v))}
          w={110}
        />
      </Group>
      <Table.ScrollContainer minWidth={1100}>
        <Table striped highlightOnHover stickyHeader aria-labelledby="side-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('observatory:mutual')}</Table.Th>
              <Table.Th>{t('observatory:type')}</Table.Th>
              <Table.Th>{t('observatory:size')}</Table.Th>
              <Table.Th>{t('observatory:recognition')}</Table.Th>
              {SIDE_BY_SIDE.map((k) => (
                <Table.Th key={k} style={{ textAlign: 'right' }}>
                  {INDICATOR_TEXTS[k][lang].name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.mutuals.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/observatory/${m.id}`}>
                    {m.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`observatory:types.${m.type}`)}</Table.Td>
                <Table.Td>{t(`observatory:sizes.${m.sizeClass}`)}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={
                      m.recognition === 'recognised' ? 'green' : m.recognition === 'under_notice' ? 'orange' : 'red'
                    }
                    styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
                  >
                    {t(`governance:recognitionStatus.${m.recognition}`)}
                  </Badge>
                </Table.Td>
                {SIDE_BY_SIDE.map((k) => {
                  const c = cellOf(data, m.id, k, year);
                  return (
                    <Table.Td key={k} style={{ textAlign: 'right' }}>
                      <Value
                        status={c?.status ?? 'not_available'}
                        unit={indicatorDefinition(k).unit}
                        value={c?.value ?? null}
                      />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function Trajectories({ data, indicator }: { data: Observatory; indicator: IndicatorKey }) {
  const { t } = useTranslation();
  const lang = useLang();
  const fmt = useIndicatorFormat();
  const unit = indicatorDefinition(indicator).unit;
  const scale = unit === 'cents' ? 0.01 : unit === 'share' ? 100 : 1;
  const charted = data.mutuals.slice(0, LINE_COLORS.length);
  const rows = data.years.map((year) => {
    const row: Record<string, number | string | null> = { year: String(year) };
    for (const m of charted) {
      const c = cellOf(data, m.id, indicator, year);
      row[m.id] = c?.status === 'ok' && c.value !== null ? c.value * scale : null;
    }
    return row;
  });
  const name = INDICATOR_TEXTS[indicator][lang].name;
  return (
    <Stack>
      <Card withBorder component="section" aria-labelledby="traj-title">
        <Title order={2} size="h4" id="traj-title" mb="xs">
          {t('observatory:trajectoryTitle', { indicator: name })}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {INDICATOR_TEXTS[indicator][lang].definition}
          {data.mutuals.length > charted.length ? ` ${t('observatory:chartLimited', { count: charted.length })}` : ''}
        </Text>
        <div role="img" aria-label={t('observatory:trajectoryTitle', { indicator: name })}>
          <LineChart
            h={320}
            data={rows}
            dataKey="year"
            connectNulls={false}
            series={charted.map((m, i) => ({ name: m.id, label: m.name, color: LINE_COLORS[i] }))}
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
          />
        </div>
      </Card>
      <Card withBorder>
        <Table.ScrollContainer minWidth={800}>
          <Table striped aria-label={t('observatory:trajectoryTitle', { indicator: name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('observatory:mutual')}</Table.Th>
                {data.years.map((y) => (
                  <Table.Th key={y} style={{ textAlign: 'right' }}>
                    {y}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.mutuals.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.name}</Table.Td>
                  {data.years.map((y) => {
                    const c = cellOf(data, m.id, indicator, y);
                    return (
                      <Table.Td key={y} style={{ textAlign: 'right' }}>
                        {c ? <Value status={c.status} unit={unit} value={c.value} /> : fmt(unit, null)}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </Stack>
  );
}

function Groups({ data, indicator }: { data: Observatory; indicator: IndicatorKey }) {
  const { t } = useTranslation();
  const lang = useLang();
  const unit = indicatorDefinition(indicator).unit;
  const name = INDICATOR_TEXTS[indicator][lang].name;
  return (
    <Stack>
      {(['type', 'size'] as const).map((by) => {
        const groups = data.groups.filter((g) => g.by === by && g.indicator === indicator);
        const label = (g: string) => (by === 'type' ? t(`observatory:types.${g}`) : t(`observatory:sizes.${g}`));
        const scale = unit === 'cents' ? 0.01 : unit === 'share' ? 100 : 1;
        const rows = data.years.map((year) => {
          const row: Record<string, string | number | null> = { year: String(year) };
          for (const g of groups) {
            const v = g.values.find((x) => x.year === year);
            row[g.group] = v?.status === 'ok' && v.value !== null ? v.value * scale : null;
          }
          return row;
        });
        const titleId = `groups-${by}`;
        return (
          <Card withBorder key={by} component="section" aria-labelledby={titleId}>
            <Title order={2} size="h4" id={titleId} mb="xs">
              {t(`observatory:groupsBy.${by}`, { indicator: name })}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {unit === 'share' ? t('observatory:pooledShare') : t('observatory:meanPerMutual')}
            </Text>
            <div role="img" aria-label={t(`observatory:groupsBy.${by}`, { indicator: name })}>
              <LineChart
                h={240}
                data={rows}
                dataKey="year"
                connectNulls={false}
                withLegend
                series={groups.map((g, i) => ({ name: g.group, label: label(g.group), color: LINE_COLORS[i] }))}
              />
            </div>
            <Table.ScrollContainer minWidth={700}>
              <Table striped mt="sm" aria-labelledby={titleId}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{by === 'type' ? t('observatory:type') : t('observatory:size')}</Table.Th>
                    {data.years.map((y) => (
                      <Table.Th key={y} style={{ textAlign: 'right' }}>
                        {y}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {groups.map((g) => (
                    <Table.Tr key={g.group}>
                      <Table.Td>{label(g.group)}</Table.Td>
                      {g.values.map((v) => (
                        <Table.Td key={v.year} style={{ textAlign: 'right' }}>
                          <Value status={v.status} unit={unit} value={v.value} />
                          {v.mutuals > 0 && (
                            <Text span size="10px" c="dimmed">
                              {' '}
                              ({v.mutuals})
                            </Text>
                          )}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        );
      })}
    </Stack>
  );
}

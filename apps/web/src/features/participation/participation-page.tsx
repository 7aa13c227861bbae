import { BarChart } from '@mantine/charts';
import {
  Alert,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { TableDownloadButton } from '../../components/table-download.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useObservedMutual } from '../evidence/observed-mutual.tsx';
import {
  PARTICIPATION_KINDS,
  type ParticipationAnalysis,
  useParticipationAnalysis,
  useParticipationQuestionnaires,
  useSendParticipation,
} from './api.ts';
import { useReasonLabel } from './reason-label.ts';

type Kind = ParticipationAnalysis['kinds'][number];
type Breakdown = 'all' | 'sizeClass' | 'sector' | 'region';

function ReasonsCard({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const ref = useReference();
  const reason = useReasonLabel();
  const [breakdown, setBreakdown] = useState<Breakdown>('all');
  const list = kind.kind === 'joining' || kind.kind === 'renewal' ? 'join' : 'barrier';
  const groups = kind.reasons[breakdown];
  const groupLabel = (g: string) =>
    breakdown === 'all'
      ? t('participation:allFirms')
      : breakdown === 'sizeClass'
        ? ref.sizeClassLabel(g)
        : breakdown === 'region'
          ? ref.regionLabel(g)
          : ref.scianLabel(g);
  const shownGroups = groups.filter((g) => g.firms !== null);
  const reasons = groups[0]?.reasons.map((r) => r.reason) ?? [];
  const data = reasons.map((code) => ({
    reason: reason(code, list),
    ...Object.fromEntries(shownGroups.map((g) => [g.group, g.reasons.find((r) => r.reason === code)?.sharePct ?? 0])),
  }));
  const colors = ['blue.7', 'orange.8', 'teal.8', 'grape.7', 'red.8', 'cyan.8'];
  return (
    <Card withBorder component="section" aria-labelledby={`reasons-${kind.kind}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id={`reasons-${kind.kind}`}>
            {t(`participation:kindTitle.${kind.kind}`)}
          </Title>
          <Text size="sm">{t('participation:answered', { answered: kind.answered, sent: kind.sent })}</Text>
        </Group>
        <SegmentedControl
          aria-label={t('participation:breakdown.label')}
          value={breakdown}
          onChange={(v) => setBreakdown(v as Breakdown)}
          data={(['all', 'sizeClass', 'sector', 'region'] as const).map((b) => ({
            value: b,
            label: t(`participation:breakdown.${b}`),
          }))}
        />
        {shownGroups.length === 0 ? (
          <Alert color="gray" variant="light">
            {t('participation:tooFew')}
          </Alert>
        ) : (
          <div
            role="img"
            aria-label={`${t(`participation:kindTitle.${kind.kind}`)}: ${data.map((d) => `${d.reason} ${shownGroups.map((g) => `${groupLabel(g.group)} ${Math.round(Number(d[g.group as keyof typeof d]) || 0)} %`).join(', ')}`).join('; ')}`}
          >
            <BarChart
              h={Math.max(200, data.length * (28 + 10 * shownGroups.length))}
              data={data}
              dataKey="reason"
              orientation="vertical"
              yAxisProps={{ width: 250 }}
              series={shownGroups.map((g, i) => ({
                name: g.group,
                label: `${groupLabel(g.group)} (${g.firms})`,
                color: colors[i % colors.length],
              }))}
              withLegend
              valueFormatter={(v) => `${Math.round(v)} %`}
              gridAxis="x"
            />
          </div>
        )}
        {groups.some((g) => g.firms === null) && (
          <Text size="xs" c="dimmed">
            {t('participation:groupsHidden')}
          </Text>
        )}
        {kind.scales.length > 0 && (
          <Group gap="xl">
            {kind.scales.map((s) => (
              <Stack gap={0} key={s.question}>
                <Text size="xs" c="dimmed" fw={600}>
                  {t(`participation:scale.${s.question}`)}
                </Text>
                <Text fw={700}>{s.mean === null ? t('participation:suppressed') : `${s.mean.toFixed(1)} / 5`}</Text>
              </Stack>
            ))}
          </Group>
        )}
        <Group justify="flex-end">
          <TableDownloadButton
            filename={`participation-${kind.kind}-${breakdown}.csv`}
            headers={['group', 'firms_answering', 'reason', 'firms', 'share_pct']}
            rows={groups.flatMap((g) => g.reasons.map((r) => [g.group, g.firms, r.reason, r.firms, r.sharePct]))}
          />
        </Group>
      </Stack>
    </Card>
  );
}

function SendQuestionnaires() {
  const { t } = useTranslation();
  const format = useFormat();
  const [kind, setKind] = useState<string>('renewal');
  const send = useSendParticipation();
  const sent = useParticipationQuestionnaires();
  return (
    <Card withBorder component="section" aria-labelledby="send-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="send-title">
          {t('participation:send.title')}
        </Title>
        <Text size="sm">{t(`participation:send.help.${kind}`)}</Text>
        <Group align="flex-end">
          <Select
            label={t('participation:send.kind')}
            data={PARTICIPATION_KINDS.map((k) => ({ value: k, label: t(`participation:kind.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v)}
            allowDeselect={false}
            w={260}
          />
          <Button
            leftSection={<IconMailForward size={16} aria-hidden />}
            onClick={() => send.mutate({ kind })}
            loading={send.isPending}
          >
            {t('participation:send.button')}
          </Button>
        </Group>
        <ErrorAlert error={send.error} />
        {send.data && (
          <Alert color="green" variant="light">
            {t('participation:send.done', { count: send.data.sent })}
          </Alert>
        )}
        <Table striped aria-label={t('participation:send.sent')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('participation:send.firm')}</Table.Th>
              <Table.Th>{t('participation:send.kind')}</Table.Th>
              <Table.Th>{t('participation:send.sentAt')}</Table.Th>
              <Table.Th>{t('participation:send.answeredAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(sent.data?.items ?? []).slice(0, 15).map((q) => (
              <Table.Tr key={q.id}>
                <Table.Td>{q.firmName}</Table.Td>
                <Table.Td>{t(`participation:kind.${q.kind}`)}</Table.Td>
                <Table.Td>{format.date(q.sentAt)}</Table.Td>
                <Table.Td>{q.answeredAt ? format.date(q.answeredAt) : t('participation:send.notYet')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}

/** /participation — why firms join, stay, leave or never join, and how membership changes year to year. */
export function ParticipationPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const reason = useReasonLabel();
  const observed = useObservedMutual();
  const { data, error } = useParticipationAnalysis(observed.mutualId, observed.ready);
  const count = (n: number | null) => (n === null ? t('participation:suppressed') : String(n));
  return (
    <>
      <PageHeader title={t('participation:title')} subtitle={t('participation:subtitle')} actions={observed.picker} />
      <ErrorAlert error={error} />
      {data && (
        <Stack>
          <Text size="sm" c="dimmed">
            {t('participation:privacy')} {data.audience === 'consenting_firms' ? t('participation:consenting') : ''}
          </Text>
          <Card withBorder component="section" aria-labelledby="membership-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="membership-title">
                {t('participation:membership.title')}
              </Title>
              <div
                role="img"
                aria-label={`${t('participation:membership.title')}: ${data.membership.map((m) => `${m.year} ${m.atEnd}`).join(', ')}`}
              >
                <BarChart
                  h={240}
                  data={data.membership.map((m) => ({
                    year: String(m.year),
                    joined: m.joined ?? 0,
                    left: m.left ?? 0,
                  }))}
                  dataKey="year"
                  series={[
                    { name: 'joined', label: t('participation:membership.joined'), color: 'teal.8' },
                    { name: 'left', label: t('participation:membership.left'), color: 'orange.8' },
                  ]}
                  withLegend
                  tickLine="y"
                  gridAxis="y"
                />
              </div>
              <Table striped aria-labelledby="membership-title">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('participation:membership.year')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('participation:membership.atStart')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('participation:membership.joined')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('participation:membership.left')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('participation:membership.atEnd')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('participation:membership.retention')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.membership.map((m) => (
                    <Table.Tr key={m.year}>
                      <Table.Td>{m.year}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{m.atStart}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{count(m.joined)}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{count(m.left)}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{m.atEnd}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>
                        {m.retentionPct === null ? '—' : `${Math.round(m.retentionPct)} %`}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Group justify="flex-end">
                <TableDownloadButton
                  filename="membership-by-year.csv"
                  headers={['year', 'at_start', 'joined', 'left', 'at_end', 'retention_pct']}
                  rows={data.membership.map((m) => [m.year, m.atStart, m.joined, m.left, m.atEnd, m.retentionPct])}
                />
              </Group>
            </Stack>
          </Card>
          <SimpleGrid cols={{ base: 1, xl: 2 }}>
            {data.kinds.map((k) => (
              <ReasonsCard key={k.kind} kind={k} />
            ))}
          </SimpleGrid>
          <Card withBorder component="section" aria-labelledby="pipeline-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="pipeline-title">
                {t('participation:pipeline.title')}
              </Title>
              <Group gap="lg">
                {data.prospectsByStage.map((s) => (
                  <Stack gap={0} key={s.stage}>
                    <Text size="xs" c="dimmed" fw={600}>
                      {t(`participation:stage.${s.stage}`)}
                    </Text>
                    <Text fw={800} fz={22}>
                      {s.prospects}
                    </Text>
                  </Stack>
                ))}
              </Group>
              <Text size="sm">{t('participation:pipeline.reasons')}</Text>
              <Text size="sm">
                {(data.prospectReasons.find((g) => g.group === 'all')?.reasons ?? [])
                  .filter((r) => r.firms !== null && r.firms > 0)
                  .map((r) => `${reason(r.reason)} : ${r.firms}`)
                  .join(' · ') || t('participation:tooFew')}
              </Text>
            </Stack>
          </Card>
          {me.role === 'coordinator' && <SendQuestionnaires />}
        </Stack>
      )}
    </>
  );
}

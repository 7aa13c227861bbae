import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { MemberStatus } from '@mutualis/domain/members/status';
import { isLowSkilled } from '@mutualis/domain/reference/people';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../api/reference.ts';
import { BarChart, DonutChart } from '../../components/charts.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useReportDeadline } from '../reports/api.ts';
import { ReportCountdown } from '../reports/report-countdown.tsx';
import { type Dashboard, useDashboard } from './api.ts';

const STATUS_COLORS: Record<MemberStatus, string> = {
  prospect: 'blue.7',
  active: 'teal.8',
  lapsed: 'orange.8',
  withdrawn: 'gray.7',
};

/** The coordinator's (and board viewer's) overview of the mutual. */
export function DashboardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const ref = useReference();
  const format = useFormat();
  const { data, error } = useDashboard();
  const deadline = useReportDeadline(); // asked beside the figures (ReportCountdown reads the same query)

  const activeCount = data?.activeMembers ?? 0;
  const bySize = (data?.membersBySizeClass ?? []).map((s) => ({ label: ref.sizeClassLabel(s.key), count: s.count }));
  const byRegion = [...(data?.membersByRegion ?? [])]
    .sort((a, b) => b.count - a.count)
    .map((r) => ({ label: ref.regionLabel(r.key), count: r.count }));
  const byStatus = (data?.membersByStatus ?? [])
    .filter((s) => s.count > 0)
    .map((s) => ({
      name: t(`members:status.${s.key}`),
      value: s.count,
      color: STATUS_COLORS[s.key as MemberStatus] ?? 'gray.6',
    }));
  const lowSkilledShare = (() => {
    const all = (data?.employeesByEducation ?? []).reduce((sum, e) => sum + e.count, 0);
    const low = (data?.employeesByEducation ?? [])
      .filter((e) => isLowSkilled(e.key))
      .reduce((sum, e) => sum + e.count, 0);
    return all ? Math.round((100 * low) / all) : 0;
  })();
  const series = [{ name: 'count', label: t('dashboard:members'), color: 'mutualis.8' }];

  return (
    <>
      <PageHeader title={t('dashboard:title')} subtitle={t('dashboard:subtitle', { name: me.displayName })} />
      <ErrorAlert error={error} />
      {/* the countdown heads the page: shown with the figures, not after them, so that it pushes nothing down */}
      {data && !deadline.isPending && (
        <Stack>
          <ReportCountdown />
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Stat label={t('dashboard:stats.activeMembers')} value={format.number(activeCount)} />
            <Stat label={t('dashboard:stats.employees')} value={format.number(data.currentEmployees)} />
            <Stat
              label={t('dashboard:stats.smallShare')}
              value={`${activeCount ? Math.round((100 * bySizeCount(data, ['micro', 'small'])) / activeCount) : 0} %`}
            />
            <Stat label={t('dashboard:stats.lowSkilledShare')} value={`${lowSkilledShare} %`} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <ChartCard
              id="by-size"
              title={t('dashboard:charts.bySize')}
              summary={bySize.map((d) => `${d.label}: ${d.count}`).join(', ')}
            >
              <BarChart h={240} data={bySize} dataKey="label" series={series} tickLine="y" gridAxis="y" />
            </ChartCard>
            <ChartCard
              id="by-status"
              title={t('dashboard:charts.byStatus')}
              summary={byStatus.map((d) => `${d.name}: ${d.value}`).join(', ')}
            >
              <Group justify="center">
                <DonutChart h={240} data={byStatus} withLabelsLine withLabels tooltipDataSource="segment" />
              </Group>
            </ChartCard>
          </SimpleGrid>
          <ChartCard
            id="by-region"
            title={t('dashboard:charts.byRegion')}
            summary={byRegion.map((d) => `${d.label}: ${d.count}`).join(', ')}
          >
            <BarChart
              h={Math.max(160, byRegion.length * 34)}
              data={byRegion}
              dataKey="label"
              series={series}
              orientation="vertical"
              yAxisProps={{ width: 200 }}
              gridAxis="x"
            />
          </ChartCard>
          <Card withBorder component="section" aria-labelledby="recent-title">
            <Title order={2} size="h4" id="recent-title" mb="sm">
              {t('dashboard:recent.title')}
            </Title>
            {data.recentActivity.length === 0 ? (
              <Text c="dimmed">{t('dashboard:recent.none')}</Text>
            ) : (
              <Table aria-labelledby="recent-title" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('audit:fields.at')}</Table.Th>
                    <Table.Th>{t('audit:fields.actor')}</Table.Th>
                    <Table.Th>{t('audit:fields.action')}</Table.Th>
                    <Table.Th>{t('audit:fields.entity')}</Table.Th>
                    <Table.Th>{t('dashboard:recent.member')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.recentActivity.map((entry) => (
                    <Table.Tr key={`${entry.at}-${entry.action}-${entry.entityType}-${entry.entityId}`}>
                      <Table.Td>{format.dateTime(entry.at)}</Table.Td>
                      <Table.Td>{entry.actorName}</Table.Td>
                      <Table.Td>{t(`audit:actions.${entry.action}`, { defaultValue: entry.action })}</Table.Td>
                      <Table.Td>{t(`audit:entities.${entry.entityType}`, { defaultValue: entry.entityType })}</Table.Td>
                      <Table.Td>{entry.memberName}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        </Stack>
      )}
    </>
  );
}

function bySizeCount(data: Dashboard, classes: string[]) {
  return data.membersBySizeClass.filter((s) => classes.includes(s.key)).reduce((sum, s) => sum + s.count, 0);
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder>
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={800}>
        {value}
      </Text>
    </Card>
  );
}

/** A chart with a heading and a text equivalent for screen readers. */
function ChartCard({
  id,
  title,
  summary,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  children: React.ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} size="h4" id={`${id}-title`} mb="sm">
        {title}
      </Title>
      <div role="img" aria-label={`${title}: ${summary}`}>
        {children}
      </div>
    </Card>
  );
}

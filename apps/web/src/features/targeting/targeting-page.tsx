import { BarChart } from '@mantine/charts';
import { Alert, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { TableDownloadButton } from '../../components/table-download.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useObservedMutual } from '../evidence/observed-mutual.tsx';
import { type TargetingReport, useTargetingReport } from './api.ts';
import { TargetsForm } from './targets-form.tsx';

type Cell = TargetingReport['bySizeClass'][number];

function ReachCard({
  id,
  title,
  cells,
  label,
  people,
}: {
  id: string;
  title: string;
  cells: Cell[];
  label: (key: string) => string;
  people: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const one = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  const short = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);
  const data = cells.map((c) => ({
    label: short(label(c.key)),
    reach: one(people ? c.participantsPct : c.firmsPct),
    population: one(c.populationPct),
  }));
  const count = (n: number | null) => (n === null ? t('targeting:suppressed') : format.number(n));
  return (
    <Card withBorder component="section" aria-labelledby={`${id}-title`}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={`${id}-title`}>
          {title}
        </Title>
        <div
          role="img"
          aria-label={`${title}: ${data.map((d) => `${d.label} ${d.reach ?? '—'} % / ${d.population ?? '—'} %`).join('; ')}`}
        >
          <BarChart
            h={Math.max(180, data.length * 44)}
            data={data}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 190 }}
            series={[
              {
                name: 'reach',
                label: t(people ? 'targeting:shareParticipants' : 'targeting:shareServedFirms'),
                color: 'blue.7',
              },
              {
                name: 'population',
                label: t(people ? 'targeting:shareEmployees' : 'targeting:shareMemberFirms'),
                color: 'gray.6',
              },
            ]}
            withLegend
            valueFormatter={(v) => `${v} %`}
            gridAxis="x"
          />
        </div>
        <Table striped aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('targeting:group')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('targeting:firms')}</Table.Th>
              {people && <Table.Th style={{ textAlign: 'right' }}>{t('targeting:participants')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cells.map((c) => (
              <Table.Tr key={c.key}>
                <Table.Td>{label(c.key)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{count(c.firms)}</Table.Td>
                {people && <Table.Td style={{ textAlign: 'right' }}>{count(c.participants)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <TableDownloadButton
            filename={`reach-${id}.csv`}
            headers={['group', 'firms', 'participants', 'firms_pct', 'participants_pct', 'population_pct']}
            rows={cells.map((c) => [c.key, c.firms, c.participants, c.firmsPct, c.participantsPct, c.populationPct])}
          />
        </Group>
      </Stack>
    </Card>
  );
}

/** /targeting — does the mutual reach the firms and workers that need training most? */
export function TargetingPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const ref = useReference();
  const format = useFormat();
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const observed = useObservedMutual();
  const { data, error } = useTargetingReport(period, observed.mutualId, observed.ready);
  const pct = (v: number | null) => (v === null ? t('targeting:suppressed') : `${format.number(Math.round(v))} %`);
  return (
    <>
      <PageHeader
        title={t('targeting:title')}
        subtitle={
          data ? t('targeting:subtitle', { from: format.date(data.from), to: format.date(data.to) }) : undefined
        }
        actions={
          <Group gap="xs" align="flex-end">
            {observed.picker}
            <TextInput
              type="date"
              label={t('targeting:from')}
              value={period.from ?? data?.from ?? ''}
              onChange={(e) => setPeriod({ ...period, from: e.currentTarget.value || undefined })}
            />
            <TextInput
              type="date"
              label={t('targeting:to')}
              value={period.to ?? data?.to ?? ''}
              onChange={(e) => setPeriod({ ...period, to: e.currentTarget.value || undefined })}
            />
          </Group>
        }
      />
      <ErrorAlert error={error} />
      {data && (
        <Stack>
          <Text size="sm" c="dimmed">
            {t('targeting:privacy')} {data.audience === 'consenting_firms' ? t('targeting:consenting') : ''}
          </Text>
          {data.alerts.length > 0 ? (
            <Alert
              color="orange"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('targeting:alertsTitle')}
              role="alert"
              styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
            >
              <Stack gap={4}>
                {data.alerts.map((a) => (
                  <Text size="sm" key={a.kind}>
                    {t(`targeting:alert.${a.kind}`, {
                      actual: a.actualPct === null ? t('targeting:suppressed') : `${Math.round(a.actualPct)} %`,
                      target: a.targetPct,
                    })}
                  </Text>
                ))}
              </Stack>
            </Alert>
          ) : (
            <Alert color="green" variant="light">
              {t('targeting:noAlert')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <Card withBorder>
              <Text size="sm" c="dimmed" fw={600}>
                {t('targeting:servedFirms')}
              </Text>
              <Text fz={26} fw={800}>
                {t('targeting:ofMembers', { served: data.servedFirms, members: data.memberFirms })}
              </Text>
            </Card>
            <Card withBorder>
              <Text size="sm" c="dimmed" fw={600}>
                {t('targeting:microSmallShare', { target: data.targets.microSmallFirmsPct })}
              </Text>
              <Text fz={26} fw={800}>
                {pct(data.shares.microSmallFirmsPct)}
              </Text>
            </Card>
            <Card withBorder>
              <Text size="sm" c="dimmed" fw={600}>
                {t('targeting:microShare', { target: data.targets.microFirmsPct })}
              </Text>
              <Text fz={26} fw={800}>
                {pct(data.shares.microFirmsPct)}
              </Text>
            </Card>
            <Card withBorder>
              <Text size="sm" c="dimmed" fw={600}>
                {t('targeting:lowSkilledShare', { target: data.targets.lowSkilledPct })}
              </Text>
              <Text fz={26} fw={800}>
                {pct(data.shares.lowSkilledPct)}
              </Text>
            </Card>
          </SimpleGrid>
          <TargetsForm
            editable={me.role === 'coordinator' || me.role === 'board_viewer'}
            mutualId={observed.mutualId}
          />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <ReachCard
              id="size"
              title={t('targeting:bySize')}
              cells={data.bySizeClass}
              label={ref.sizeClassLabel}
              people={false}
            />
            <ReachCard
              id="education"
              title={t('targeting:byEducation')}
              cells={data.byEducation}
              label={ref.educationLabel}
              people
            />
            <ReachCard
              id="teer"
              title={t('targeting:byTeer')}
              cells={data.byTeer}
              label={(k) => t('targeting:teer', { teer: k })}
              people
            />
            <ReachCard
              id="region"
              title={t('targeting:byRegion')}
              cells={data.byRegion}
              label={ref.regionLabel}
              people
            />
            <ReachCard
              id="sector"
              title={t('targeting:bySector')}
              cells={data.bySector}
              label={ref.scianLabel}
              people
            />
          </SimpleGrid>
          <Card withBorder component="section" aria-labelledby="never-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="never-title">
                {t('targeting:neverServed', { count: data.neverServedCount })}
              </Title>
              {data.neverServed.length > 0 ? (
                <Table striped aria-labelledby="never-title">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('targeting:firm')}</Table.Th>
                      <Table.Th>{t('targeting:size')}</Table.Th>
                      <Table.Th>{t('targeting:region')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.neverServed.map((f) => (
                      <Table.Tr key={f.id}>
                        <Table.Td>{f.name}</Table.Td>
                        <Table.Td>{ref.sizeClassLabel(f.sizeClass)}</Table.Td>
                        <Table.Td>{ref.regionLabel(f.regionCode)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                <Text size="sm">
                  {data.neverServedCount > 0 ? t('targeting:neverServedCountOnly') : t('targeting:allServed')}
                </Text>
              )}
            </Stack>
          </Card>
          <Card withBorder component="section" aria-labelledby="classes-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="classes-title">
                {t('targeting:untrainedClasses')}
              </Title>
              <Table striped aria-labelledby="classes-title">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('targeting:nocCode')}</Table.Th>
                    <Table.Th>{t('targeting:nocCategory')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('targeting:employees')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('targeting:firms')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.untrainedJobClasses.map((j) => (
                    <Table.Tr key={j.nocCode}>
                      <Table.Td>{j.nocCode}</Table.Td>
                      <Table.Td>{`${ref.nocCategoryLabel(j.nocCode)} · ${t('targeting:teer', { teer: j.teer })}`}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>
                        {j.employees === null ? t('targeting:suppressed') : format.number(j.employees)}
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>
                        {j.firms === null ? t('targeting:suppressed') : format.number(j.firms)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Group justify="flex-end">
                <TableDownloadButton
                  filename="untrained-job-classes.csv"
                  headers={['noc_code', 'teer', 'employees', 'firms']}
                  rows={data.untrainedJobClasses.map((j) => [j.nocCode, j.teer, j.employees, j.firms])}
                />
              </Group>
            </Stack>
          </Card>
        </Stack>
      )}
    </>
  );
}

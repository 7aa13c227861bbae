import { Alert, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { MoneyBadge } from '../finance/status.tsx';
import { BudgetTable } from '../funding/budget-table.tsx';
import { downloadAnnualReport, useAnnualReport, useCessation, useSubmitAnnualReport } from './api.ts';
import { StatementsTables } from './statements-tables.tsx';

/** /annual-report: the s.16 report (coordinator and board, no personal data), the financial statements, what is missing, budget use and cessation. */
export function AnnualReportPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const ref = useReference();
  const format = useFormat();
  const message = useErrorMessage();
  const { data: r, error } = useAnnualReport();
  const cessation = useCessation();
  const submit = useSubmitAnnualReport();
  const lang = i18n.language.startsWith('en') ? 'en' : 'fr';
  const download = (kind: 'pdf' | 'xlsx') =>
    downloadAnnualReport(kind, r?.fiscalYear.start, lang).catch((e) => notify({ color: 'red', message: message(e) }));
  const stat = (label: string, value: string) => (
    <Card withBorder padding="sm" key={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700}>{value}</Text>
    </Card>
  );
  const failing = r?.checks.filter((c) => c.count > 0) ?? [];
  return (
    <>
      <PageHeader
        title={t('reports:annual.title')}
        subtitle={r ? t('reports:annual.subtitle', { year: r.fiscalYear.label, due: format.date(r.dueOn) }) : undefined}
        actions={
          <>
            <Button
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => download('pdf')}
            >
              {t('reports:annual.pdf')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => download('xlsx')}
            >
              {t('reports:annual.xlsx')}
            </Button>
            {me.role === 'coordinator' &&
              r &&
              r.status !== 'submitted' &&
              r.daysLeft >= 0 &&
              r.fiscalYear.end < new Date().toISOString().slice(0, 10) && (
                <Button
                  onClick={() =>
                    submit.mutate(r.fiscalYear.start, {
                      onSuccess: () => notify({ color: 'green', message: t('reports:annual.submitted') }),
                      onError: (e) => notify({ color: 'red', message: message(e) }),
                    })
                  }
                >
                  {t('reports:annual.markSubmitted')}
                </Button>
              )}
          </>
        }
      />
      <ErrorAlert error={error} />
      {r && (
        <Stack>
          <Group>
            <MoneyBadge status={r.status} labelKey="reports:annual.status" />
            <Text size="sm">
              {r.daysLeft >= 0
                ? t('reports:countdown.days', { count: r.daysLeft })
                : t('reports:countdown.late', { count: -r.daysLeft })}
            </Text>
          </Group>
          {failing.length > 0 ? (
            <Alert
              color="orange"
              title={t('reports:annual.missing')}
              styles={{
                title: { color: 'var(--mantine-color-dark-7)' },
                message: { color: 'var(--mantine-color-dark-7)' },
              }}
            >
              <List size="sm">
                {failing.map((c) => (
                  <List.Item key={c.code}>
                    {t(`reports:checks.${c.code}`, { count: c.count })}
                    {c.items.length > 0 && `: ${c.items.slice(0, 8).join(' · ')}${c.items.length > 8 ? ' …' : ''}`}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Alert color="green" styles={{ message: { color: 'var(--mantine-color-dark-7)' } }}>
              {t('reports:annual.complete')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            {stat(t('reports:annual.fromEmployers'), format.amount(r.money.fromEmployersCents))}
            {stat(t('reports:annual.grants'), format.amount(r.money.grantsCents))}
            {stat(t('reports:annual.activities'), format.number(r.activities.length))}
            {stat(t('reports:annual.participants'), format.number(r.clientele.participants))}
            {stat(t('reports:annual.attestations'), format.number(r.attestationsIssued))}
          </SimpleGrid>
          <Title order={2} size="h4">
            {t('reports:annual.employers')}
          </Title>
          <Table.ScrollContainer minWidth={500}>
            <Table striped aria-label={t('reports:annual.employers')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports:annual.employer')}</Table.Th>
                  <Table.Th ta="right">{t('reports:annual.paid')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.employers.map((e) => (
                  <Table.Tr key={e.memberId}>
                    <Table.Td>{e.name}</Table.Td>
                    <Table.Td ta="right">{format.amount(e.paidCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Title order={2} size="h4">
            {t('reports:annual.activitiesHeld')}
          </Title>
          <Table.ScrollContainer minWidth={800}>
            <Table striped aria-label={t('reports:annual.activitiesHeld')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports:annual.activity')}</Table.Th>
                  <Table.Th>{t('finance:sessions.dates')}</Table.Th>
                  <Table.Th ta="right">{t('reports:annual.hours')}</Table.Th>
                  <Table.Th ta="right">{t('reports:annual.participants')}</Table.Th>
                  <Table.Th ta="right">{t('reports:annual.firms')}</Table.Th>
                  <Table.Th ta="right">{t('reports:annual.cost')}</Table.Th>
                  <Table.Th>{t('reports:annual.evaluation')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.activities.map((a) => (
                  <Table.Tr key={a.sessionId}>
                    <Table.Td>{lang === 'en' ? a.titleEn : a.titleFr}</Table.Td>
                    <Table.Td>{format.date(a.firstDay)}</Table.Td>
                    <Table.Td ta="right">{a.hours}</Table.Td>
                    <Table.Td ta="right">{a.participants}</Table.Td>
                    <Table.Td ta="right">{a.employers}</Table.Td>
                    <Table.Td ta="right">{format.amount(a.costCents)}</Table.Td>
                    <Table.Td>{a.evaluationResult ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Title order={2} size="h4">
            {t('reports:annual.clientele')}
          </Title>
          <Text size="sm">
            {r.clientele.byTeer
              .map((x) => t('reports:annual.teer', { teer: x.teer, count: x.participants }))
              .join(' · ')}
          </Text>
          <Text size="sm">
            {r.clientele.bySizeClass
              .map((x) => `${ref.sizeClassLabel(x.sizeClass)} : ${x.firms} / ${x.participants}`)
              .join(' · ')}
          </Text>
          <Text size="sm">
            {r.clientele.byRegion
              .map((x) => `${ref.regionLabel(x.regionCode)} : ${x.firms} / ${x.participants}`)
              .join(' · ')}
          </Text>
          <StatementsTables report={r} />
          <Title order={2} size="h4">
            {t('reports:annual.budget')}
          </Title>
          <BudgetTable />
          {cessation.data && (
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">
                {t('reports:cessation.title')}
              </Title>
              <Text size="sm">
                {t('reports:cessation.text', {
                  received: format.amount(cessation.data.receivedCents),
                  spent: format.amount(cessation.data.spentCents),
                  rate: format.ppm(cessation.data.interestRatePpm),
                })}
              </Text>
              <Text fw={700} mt="xs">
                {t('reports:cessation.total', {
                  principal: format.amount(cessation.data.principalCents),
                  interest: format.amount(cessation.data.interestCents),
                  total: format.amount(cessation.data.totalCents),
                })}
              </Text>
            </Card>
          )}
        </Stack>
      )}
    </>
  );
}

import { BarChart } from '../../components/charts.tsx';
import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Loader, Modal, Progress, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { dollarsToCents, useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { type PoolingRunDetail, useAcceptPoolingRun, useCancelPoolingRun, usePoolingRun, useRerunPoolingRun } from './api.ts';
import { RunStatusBadge } from './run-status-badge.tsx';

type Plan = NonNullable<PoolingRunDetail['plan']>;
type Choice = 'keep' | 'pin' | 'exclude' | 'release';

/** The engine's unserved reasons, as translation keys. */
export const REASON_KEYS: Record<string, string> = {
  'no compatible offer': 'noCompatibleOffer',
  'too few seats or members to open a session': 'tooFew',
  'no session left in compatible offers': 'noSessionLeft',
  'cheaper to leave unserved': 'cheaperUnserved',
};

export function useNames(run: Pick<PoolingRunDetail, 'names'> | undefined) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  return {
    firm: (memberId: string) => run?.names.members[memberId] ?? t('pooling:unknownFirm'),
    course: (offerId: string) => {
      const o = run?.names.offers[offerId];
      return o ? (en ? o.titleEn : o.titleFr) : offerId;
    },
    provider: (offerId: string) => run?.names.offers[offerId]?.providerName ?? '',
    topicOfNeed: (needId: string) => {
      const n = run?.names.needs[needId];
      return n ? (en ? n.topicEn : n.topicFr) : '';
    },
    memberOfNeed: (needId: string) => run?.names.needs[needId]?.memberId ?? '',
    region: (region: string | null) => region ?? t('pooling:virtual'),
  };
}

/** /pooling/runs/:runId: live progress, then the plan to review, adjust, re-run and accept. */
export function PoolingRunPage() {
  const { t } = useTranslation();
  const { runId = '' } = useParams();
  const { data: run, error, isLoading } = usePoolingRun(runId);
  const cancel = useCancelPoolingRun(runId);
  const accept = useAcceptPoolingRun(runId);
  const message = useErrorMessage();
  const [confirming, setConfirming] = useState(false);

  if (isLoading) return <Loader aria-label={t('common:loading')} />;
  if (!run) return <ErrorAlert error={error} />;
  const active = run.status === 'queued' || run.status === 'running';

  const doAccept = () => {
    setConfirming(false);
    accept.mutate(undefined, {
      onSuccess: (r) => notifications.show({ color: 'green', message: t('pooling:accept.done', { count: r.sessionIds.length }) }),
      onError: (e) => notifications.show({ color: 'red', message: message(e) }),
    });
  };

  return (
    <>
      <PageHeader
        title={run.label ?? t('pooling:runs.unnamed')}
        subtitle={
          <Group gap="xs" component="span">
            <RunStatusBadge status={run.status} accepted={!!run.acceptedAt} />
            <span>{run.periods.join(', ')}</span>
            {run.sourceRunId && (
              <Anchor component={Link} to={`/pooling/runs/${run.sourceRunId}`} size="sm">
                {t('pooling:run.source')}
              </Anchor>
            )}
          </Group>
        }
        actions={
          <>
            <Anchor href={`/api/pooling/runs/${run.id}/problem`} download={`pooling-problem-${run.id}.json`} size="sm">
              {t('pooling:run.downloadInput')}
            </Anchor>
            {active && (
              <Button variant="default" loading={cancel.isPending} onClick={() => cancel.mutate(undefined, { onError: (e) => notifications.show({ color: 'red', message: message(e) }) })}>
                {t('pooling:run.cancel')}
              </Button>
            )}
            {run.status === 'succeeded' && !run.acceptedAt && (
              <Button loading={accept.isPending} onClick={() => setConfirming(true)}>
                {t('pooling:accept.action')}
              </Button>
            )}
          </>
        }
      />
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('pooling:accept.title')}>
        <Text size="sm">{t('pooling:accept.confirm', { count: run.plan?.sessions.length ?? 0 })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={doAccept}>
            {t('pooling:accept.action')}
          </Button>
        </Group>
      </Modal>
      {active && <RunProgress run={run} />}
      {run.status === 'failed' && (
        <Alert color="red" title={t('pooling:run.failed')} role="alert" mb="md">
          {run.error}
        </Alert>
      )}
      {run.status === 'cancelled' && (
        <Alert color="orange" mb="md">
          {t('pooling:run.cancelled')}
        </Alert>
      )}
      {run.acceptedAt && (
        <Alert color="teal" mb="md">
          {t('pooling:accept.accepted', { count: run.acceptedSessionIds.length })}
        </Alert>
      )}
      {run.plan && <PlanReview run={run} plan={run.plan} />}
    </>
  );
}

function RunProgress({ run }: { run: PoolingRunDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = run.progress;
  const percent = Number(p.percent ?? 0);
  return (
    <Card withBorder mb="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={500}>{run.status === 'queued' ? t('pooling:progress.queued') : t('pooling:progress.running')}</Text>
          <Text size="sm" c="dimmed">
            {p.elapsedMs !== undefined ? t('pooling:progress.elapsed', { seconds: Math.round(Number(p.elapsedMs) / 1000) }) : ''}
          </Text>
        </Group>
        <Progress value={percent} size="lg" animated striped aria-label={t('pooling:progress.label')} aria-valuenow={percent} />
        <Group gap="xl">
          <Text size="sm">
            {t('pooling:progress.best')} : <strong>{p.objective !== undefined ? format.money(dollarsToCents(Number(p.objective))) : '—'}</strong>
          </Text>
          <Text size="sm">
            {t('pooling:progress.bound')} : <strong>{p.lowerBound !== undefined ? format.money(dollarsToCents(Number(p.lowerBound))) : '—'}</strong>
          </Text>
          {p.componentsTotal ? (
            <Text size="sm">{t('pooling:progress.components', { done: p.componentsDone ?? 0, total: p.componentsTotal })}</Text>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}

function PlanReview({ run, plan }: { run: PoolingRunDetail; plan: Plan }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useNames(run);
  const navigate = useNavigate();
  const rerun = useRerunPoolingRun(run.id);
  const message = useErrorMessage();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [excludedNeeds, setExcludedNeeds] = useState<string[]>([]);
  const money = (dollars: number) => format.money(dollarsToCents(dollars));
  const exact = (dollars: number) => format.money(dollarsToCents(dollars), 2);
  const canAdjust = !run.acceptedAt;

  const pins = Object.entries(choices).filter(([, c]) => c === 'pin').map(([id]) => id);
  const unpins = Object.entries(choices).filter(([, c]) => c === 'release').map(([id]) => id);
  const excludeSessions = Object.entries(choices).filter(([, c]) => c === 'exclude').map(([id]) => id);
  const changes = pins.length + unpins.length + excludeSessions.length + excludedNeeds.length;

  const submitRerun = () =>
    rerun.mutate(
      { pins, unpins, excludeSessions, excludeNeeds: excludedNeeds },
      {
        onSuccess: (r) => navigate(`/pooling/runs/${r.id}`),
        onError: (e) => notifications.show({ color: 'red', message: message(e) }),
      },
    );

  const baseline = plan.baseline;
  const chart = [
    { name: t('pooling:chart.plan'), cost: plan.totals.cost, penalty: plan.totals.penalty },
    ...(baseline ? [{ name: t('pooling:chart.baseline'), cost: baseline.cost, penalty: Math.max(0, Math.round((baseline.objective - baseline.cost) * 100) / 100) }] : []),
    { name: t('pooling:chart.alone'), cost: plan.totals.standaloneCost, penalty: 0 },
  ];
  const adjustments = run.adjustments;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label={t('pooling:totals.cost')} value={money(plan.totals.cost)} hint={t('pooling:totals.sessions', { count: plan.sessions.length })} />
        <Stat label={t('pooling:totals.penalty')} value={money(plan.totals.penalty)} hint={t('pooling:totals.unservedSeats', { count: plan.totals.seatsUnserved })} />
        <Stat
          label={t('pooling:totals.objective')}
          value={money(plan.totals.objective)}
          hint={plan.bound.optimal ? t('pooling:totals.optimal') : t('pooling:totals.gapHint', { bound: money(plan.bound.lowerBound), gap: (plan.bound.gap * 100).toFixed(2) })}
        />
        <Stat label={t('pooling:totals.savings')} value={money(plan.totals.savings)} hint={t('pooling:totals.alone', { amount: money(plan.totals.standaloneCost) })} />
      </SimpleGrid>
      {baseline && (
        <Text>
          {t('pooling:baseline.summary', { baseline: money(baseline.objective), plan: money(plan.totals.objective), improvement: (baseline.improvement * 100).toFixed(1) })}
        </Text>
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="sm" id="chart-title">
          {t('pooling:chart.title')}
        </Title>
        <BarChart
          h={220}
          data={chart}
          dataKey="name"
          type="stacked"
          orientation="vertical"
          yAxisProps={{ width: 160 }}
          valueFormatter={(v) => money(v)}
          series={[
            { name: 'cost', label: t('pooling:chart.cost'), color: 'blue.6' },
            { name: 'penalty', label: t('pooling:chart.penalty'), color: 'orange.6' },
          ]}
          withLegend
          aria-labelledby="chart-title"
        />
      </Card>

      {(plan.warnings?.length || plan.pinsNotKept?.length) && (
        <Alert color="yellow" title={t('pooling:warnings.title')}>
          <Stack gap={4}>
            {plan.warnings?.map((w) => (
              <Text size="sm" key={w.memberId}>
                {t('pooling:warnings.paysMore', { firm: names.firm(w.memberId) })}
              </Text>
            ))}
            {plan.pinsNotKept?.map((id) => (
              <Text size="sm" key={id}>
                {t('pooling:warnings.pinNotKept', { id })}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {(adjustments.pins?.length || adjustments.excludeSessions?.length || adjustments.excludeNeeds?.length) && (
        <Text size="sm" c="dimmed">
          {t('pooling:adjustments.applied', {
            pins: adjustments.pins?.length ?? 0,
            sessions: adjustments.excludeSessions?.length ?? 0,
            needs: adjustments.excludeNeeds?.length ?? 0,
          })}
        </Text>
      )}

      <section aria-labelledby="sessions-title">
        <Title order={2} size="h4" mb="xs" id="sessions-title">
          {t('pooling:sessions.title')}
        </Title>
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pooling:sessions.id')}</Table.Th>
                <Table.Th>{t('pooling:sessions.course')}</Table.Th>
                <Table.Th>{t('pooling:sessions.period')}</Table.Th>
                <Table.Th>{t('pooling:sessions.region')}</Table.Th>
                <Table.Th ta="right">{t('pooling:sessions.seats')}</Table.Th>
                <Table.Th ta="right">{t('pooling:sessions.cost')}</Table.Th>
                <Table.Th>{t('pooling:sessions.firms')}</Table.Th>
                {canAdjust && <Table.Th>{t('pooling:sessions.adjust')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.sessions.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    {s.id}
                    {s.pinned && (
                      <Badge ml={4} size="xs" variant="light" styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}>
                        {t('pooling:sessions.pinned')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {names.course(s.offerId)}
                    <Text size="xs" c="dimmed">
                      {names.provider(s.offerId)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{s.period}</Table.Td>
                  <Table.Td>{names.region(s.region)}</Table.Td>
                  <Table.Td ta="right">{s.seats}</Table.Td>
                  <Table.Td ta="right">{exact(s.cost)}</Table.Td>
                  <Table.Td>
                    {s.allocations.map((a) => (
                      <Text size="sm" key={a.needId}>
                        {t('pooling:sessions.allocation', { firm: names.firm(a.memberId), seats: a.seats, share: exact(a.share) })}
                      </Text>
                    ))}
                  </Table.Td>
                  {canAdjust && (
                    <Table.Td>
                      <SegmentedControl
                        size="xs"
                        aria-label={t('pooling:sessions.adjustSession', { id: s.id })}
                        value={choices[s.id] ?? 'keep'}
                        onChange={(v) => setChoices((c) => ({ ...c, [s.id]: v as Choice }))}
                        data={[
                          { value: 'keep', label: t('pooling:sessions.keep') },
                          s.pinned ? { value: 'release', label: t('pooling:sessions.release') } : { value: 'pin', label: t('pooling:sessions.pin') },
                          { value: 'exclude', label: t('pooling:sessions.exclude') },
                        ]}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>

      <section aria-labelledby="unserved-title">
        <Title order={2} size="h4" mb="xs" id="unserved-title">
          {t('pooling:unserved.title')}
        </Title>
        {plan.unserved.length === 0 ? (
          <Text c="dimmed">{t('pooling:unserved.none')}</Text>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pooling:unserved.firm')}</Table.Th>
                <Table.Th>{t('pooling:unserved.topic')}</Table.Th>
                <Table.Th ta="right">{t('pooling:unserved.seats')}</Table.Th>
                <Table.Th>{t('pooling:unserved.reason')}</Table.Th>
                {canAdjust && <Table.Th>{t('pooling:unserved.exclude')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.unserved.map((u) => (
                <Table.Tr key={u.needId}>
                  <Table.Td>{names.firm(names.memberOfNeed(u.needId))}</Table.Td>
                  <Table.Td>{names.topicOfNeed(u.needId)}</Table.Td>
                  <Table.Td ta="right">{u.seats}</Table.Td>
                  <Table.Td>{REASON_KEYS[u.reason] ? t(`pooling:reasons.${REASON_KEYS[u.reason]}`) : u.reason}</Table.Td>
                  {canAdjust && (
                    <Table.Td>
                      <Checkbox
                        aria-label={t('pooling:unserved.excludeNeed', { topic: names.topicOfNeed(u.needId) })}
                        checked={excludedNeeds.includes(u.needId)}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          setExcludedNeeds((x) => (on ? [...x, u.needId] : x.filter((id) => id !== u.needId)));
                        }}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="members-title">
        <Title order={2} size="h4" mb="xs" id="members-title">
          {t('pooling:members.title')}
        </Title>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pooling:members.firm')}</Table.Th>
              <Table.Th ta="right">{t('pooling:members.seats')}</Table.Th>
              <Table.Th ta="right">{t('pooling:members.pooled')}</Table.Th>
              <Table.Th ta="right">{t('pooling:members.alone')}</Table.Th>
              <Table.Th ta="right">{t('pooling:members.savings')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.members.map((m) => (
              <Table.Tr key={m.memberId}>
                <Table.Td>{names.firm(m.memberId)}</Table.Td>
                <Table.Td ta="right">{m.seats}</Table.Td>
                <Table.Td ta="right">{exact(m.pooledCost)}</Table.Td>
                <Table.Td ta="right">{exact(m.standaloneCost)}</Table.Td>
                <Table.Td ta="right">{exact(m.savings)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>

      {canAdjust && (
        <Card withBorder>
          <Group justify="space-between">
            <Text size="sm">{t('pooling:rerun.summary', { pins: pins.length, releases: unpins.length, sessions: excludeSessions.length, needs: excludedNeeds.length })}</Text>
            <Button onClick={submitRerun} loading={rerun.isPending} variant={changes ? 'filled' : 'light'}>
              {changes ? t('pooling:rerun.withChanges') : t('pooling:rerun.again')}
            </Button>
          </Group>
        </Card>
      )}
      <Text size="xs" c="dimmed">
        {t('pooling:solver', { method: String(plan.solver && typeof plan.solver === 'object' ? (plan.solver as { method?: string }).method : ''), seconds: ((plan.solver as { milliseconds?: number })?.milliseconds ?? 0) / 1000 })}
      </Text>
    </Stack>
  );
}

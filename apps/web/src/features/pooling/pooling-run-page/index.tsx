import { Alert, Anchor, Button, Group, Loader, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, useErrorMessage } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../components/format.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import {
  poolingPlanMayBeAccepted,
  poolingProblemHref,
  poolingRunIsActive,
  useAcceptPoolingRun,
  useCancelPoolingRun,
  usePoolingRun,
} from '../api.ts';
import { RunStatusBadge } from '../run-status-badge.tsx';
import { PlanReview } from './plan-review.tsx';
import { RunProgress } from './run-progress.tsx';

/** /pooling/runs/:runId: live progress, then the plan to review, adjust, re-run and accept. */
export function PoolingRunPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { runId = '' } = useParams();
  const { data: run, error, isLoading } = usePoolingRun(runId);
  const cancel = useCancelPoolingRun(runId);
  const accept = useAcceptPoolingRun(runId);
  const message = useErrorMessage();
  const [confirming, setConfirming] = useState(false);

  if (isLoading) return <Loader aria-label={t('common:loading')} />;
  if (!run) return <ErrorAlert error={error} />;
  const active = poolingRunIsActive(run.status);

  const doAccept = () => {
    setConfirming(false);
    accept.mutate(undefined, {
      onSuccess: (r) =>
        notifications.show({ color: 'green', message: t('pooling:accept.done', { count: r.sessionIds.length }) }),
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
            <span>{format.periods(run.periods)}</span>
            {run.sourceRunId && (
              <Anchor component={Link} to={`/pooling/runs/${run.sourceRunId}`} size="sm">
                {t('pooling:run.source')}
              </Anchor>
            )}
          </Group>
        }
        actions={
          <>
            <Anchor href={poolingProblemHref(run.id)} download={`pooling-problem-${run.id}.json`} size="sm">
              {t('pooling:run.downloadInput')}
            </Anchor>
            {active && (
              <Button
                variant="default"
                loading={cancel.isPending}
                onClick={() =>
                  cancel.mutate(undefined, {
                    onError: (e) => notifications.show({ color: 'red', message: message(e) }),
                  })
                }
              >
                {t('pooling:run.cancel')}
              </Button>
            )}
            {poolingPlanMayBeAccepted(run.status, run.acceptedAt) && (
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
          <Button onClick={doAccept}>{t('pooling:accept.action')}</Button>
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

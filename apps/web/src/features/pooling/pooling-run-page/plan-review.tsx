import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useErrorMessage } from '../../../components/error-alert.tsx';
import { type PoolingRunDetail, useRerunPoolingRun } from '../api.ts';
import { usePlanNames } from '../use-plan-names.ts';
import { MembersTable } from './members-table.tsx';
import { PlanSessionsTable, type SessionChoice } from './plan-sessions-table.tsx';
import { PlanTotals } from './plan-totals.tsx';
import { TechnicalDetails } from './technical-details.tsx';
import { UnservedTable } from './unserved-table.tsx';

type Plan = NonNullable<PoolingRunDetail['plan']>;

/** A run's plan to review: totals, warnings, sessions, unserved needs, firms; and, until it is accepted, pins and excludes for a re-run. */
export function PlanReview({ run, plan }: { run: PoolingRunDetail; plan: Plan }) {
  const { t } = useTranslation();
  const names = usePlanNames(run);
  const navigate = useNavigate();
  const rerun = useRerunPoolingRun(run.id);
  const message = useErrorMessage();
  const [choices, setChoices] = useState<Record<string, SessionChoice>>({});
  const [excludedNeeds, setExcludedNeeds] = useState<string[]>([]);
  const canAdjust = !run.acceptedAt;

  const chosen = (choice: SessionChoice) =>
    Object.entries(choices)
      .filter(([, c]) => c === choice)
      .map(([id]) => id);
  const pins = chosen('pin');
  const unpins = chosen('release');
  const excludeSessions = chosen('exclude');
  const changes = pins.length + unpins.length + excludeSessions.length + excludedNeeds.length;

  const submitRerun = () =>
    rerun.mutate(
      { pins, unpins, excludeSessions, excludeNeeds: excludedNeeds },
      {
        onSuccess: (r) => navigate(`/pooling/runs/${r.id}`),
        onError: (e) => notifications.show({ color: 'red', message: message(e) }),
      },
    );

  const adjustments = run.adjustments;

  return (
    <Stack gap="lg">
      {run.figures && <PlanTotals figures={run.figures} unservedNeeds={plan.unserved.length} />}

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
            pins: t('pooling:adjustments.pinned', { count: adjustments.pins?.length ?? 0 }),
            sessions: t('pooling:adjustments.excludedSessions', { count: adjustments.excludeSessions?.length ?? 0 }),
            needs: t('pooling:adjustments.excludedNeeds', { count: adjustments.excludeNeeds?.length ?? 0 }),
          })}
        </Text>
      )}

      <PlanSessionsTable
        plan={plan}
        names={names}
        choices={canAdjust ? choices : null}
        onChoose={(id, choice) => setChoices((c) => ({ ...c, [id]: choice }))}
      />
      <UnservedTable
        plan={plan}
        names={names}
        excluded={canAdjust ? excludedNeeds : null}
        onExclude={(needId, on) => setExcludedNeeds((x) => (on ? [...x, needId] : x.filter((id) => id !== needId)))}
      />
      <MembersTable plan={plan} names={names} />

      {canAdjust && (
        <Card withBorder>
          <Group justify="space-between">
            <Text size="sm">
              {t('pooling:rerun.summary', {
                pins: pins.length,
                releases: unpins.length,
                sessions: t('common:count.sessions', { count: excludeSessions.length }),
                needs: t('common:count.needs', { count: excludedNeeds.length }),
              })}
            </Text>
            <Button onClick={submitRerun} loading={rerun.isPending} variant={changes ? 'filled' : 'light'}>
              {changes ? t('pooling:rerun.withChanges') : t('pooling:rerun.again')}
            </Button>
          </Group>
        </Card>
      )}
      {run.figures && <TechnicalDetails figures={run.figures} />}
    </Stack>
  );
}

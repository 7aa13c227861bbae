import { Button, Card, Checkbox, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../../components/notify.ts';
import { type SessionDetail, useTransitionSession } from '../api.ts';
import { useNotifyError } from './use-notify-error.ts';

/** The coordinator's lifecycle buttons, with the reason a cancellation or an override needs. */
export function LifecycleCard({ s }: { s: SessionDetail }) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState(false);
  const move = useTransitionSession(s.id);
  if (s.allowedTransitions.length === 0) return null;
  return (
    <Card withBorder mb="md" aria-labelledby="lifecycle-title">
      <Title order={2} size="h4" id="lifecycle-title" mb="sm">
        {t('delivery:lifecycle.title')}
      </Title>
      <Stack>
        <TextInput
          label={t('delivery:lifecycle.reason')}
          description={t('delivery:lifecycle.reasonHelp')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={2000}
        />
        {s.allowedTransitions.includes('confirmed') && (
          <Checkbox
            label={t('delivery:lifecycle.override')}
            checked={override}
            onChange={(e) => setOverride(e.currentTarget.checked)}
          />
        )}
        <Group>
          {s.allowedTransitions.map((to) => (
            <Button
              key={to}
              color={to === 'cancelled' ? 'red' : undefined}
              variant={to === 'cancelled' ? 'outline' : 'filled'}
              loading={move.isPending}
              onClick={() =>
                move.mutate(
                  { to, reason: reason || undefined, override: to === 'confirmed' ? override : undefined },
                  {
                    onSuccess: () => notify({ color: 'green', message: t(`delivery:state.${to}`) }),
                    onError,
                  },
                )
              }
            >
              {t(`delivery:lifecycle.to.${to}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}

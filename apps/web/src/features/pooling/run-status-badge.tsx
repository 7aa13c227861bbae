import { Badge } from '@mantine/core';
import type { PoolingRunStatus } from '@mutualis/domain/pooling-runs/run-status';
import { useTranslation } from 'react-i18next';

/** A run's status as shown: its status, or "accepted" once its plan became sessions. */
type ShownStatus = PoolingRunStatus | 'accepted';
const COLORS: Record<ShownStatus, string> = {
  queued: 'gray',
  running: 'blue',
  succeeded: 'green',
  failed: 'red',
  cancelled: 'orange',
  accepted: 'teal',
};

/** A run's status (or "accepted" once its plan became sessions). */
export function RunStatusBadge({ status, accepted }: { status: PoolingRunStatus; accepted?: boolean }) {
  const { t } = useTranslation();
  const shown: ShownStatus = accepted ? 'accepted' : status;
  return (
    <Badge color={COLORS[shown]} variant="light" styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}>
      {t(`pooling:status.${shown}`)}
    </Badge>
  );
}

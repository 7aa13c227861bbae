import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { queued: 'gray', running: 'blue', succeeded: 'green', failed: 'red', cancelled: 'orange', accepted: 'teal' };

/** A run's status (or "accepted" once its plan became sessions). */
export function RunStatusBadge({ status, accepted }: { status: string; accepted?: boolean }) {
  const { t } = useTranslation();
  const shown = accepted ? 'accepted' : status;
  return (
    <Badge color={COLORS[shown] ?? 'gray'} variant="light" styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}>
      {t(`pooling:status.${shown}`)}
    </Badge>
  );
}

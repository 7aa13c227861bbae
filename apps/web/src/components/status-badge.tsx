import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  prospect: 'blue',
  active: 'green',
  lapsed: 'orange',
  withdrawn: 'gray',
  pending: 'yellow',
  sent: 'green',
  failed: 'red',
  invited: 'blue',
  deactivated: 'gray',
};

/** A status as a coloured badge; `ns:prefix` is where its label lives (e.g. members:status). */
export function StatusBadge({ status, labelKey }: { status: string; labelKey: string }) {
  const { t } = useTranslation();
  // dark text on a light badge keeps the contrast above 4.5:1
  return (
    <Badge
      color={COLORS[status] ?? 'gray'}
      variant="light"
      styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
    >
      {t(`${labelKey}.${status}`)}
    </Badge>
  );
}

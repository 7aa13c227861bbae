import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  issued: 'blue',
  partly_paid: 'yellow',
  paid: 'green',
  credited: 'gray',
  received: 'blue',
  approved: 'yellow',
  draft: 'gray',
  submitted: 'blue',
  partly_refused: 'orange',
  overdue: 'red',
  credit_note: 'grape',
  in_progress: 'yellow',
};

/** A money status (invoice, bill, claim) as a badge; `ns` is the namespace and prefix of its label (finance:status). */
export function MoneyBadge({ status, labelKey }: { status: string; labelKey: string }) {
  const { t } = useTranslation();
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

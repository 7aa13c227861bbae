import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import type { Need } from './api.ts';

export function NeedStatusBadge({ status }: { status: Need['status'] }) {
  return <StatusBadge status={status} labelKey="needs:status" />;
}

/** Languages and modes of a need as short text, e.g. "French · in person, virtual". */
export function useNeedText() {
  const { t } = useTranslation();
  return {
    languages: (l: string[]) => l.map((x) => t(`common:languages.${x}`)).join(', '),
    modes: (m: string[]) => m.map((x) => t(`needs:mode.${x}`)).join(', '),
  };
}

export function PeriodBadges({ periods }: { periods: string[] }) {
  const format = useFormat();
  return (
    <Group gap={4}>
      {periods.map((p) => (
        <Badge
          key={p}
          variant="outline"
          color="gray"
          tt="none"
          styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
        >
          {format.period(p)}
        </Badge>
      ))}
    </Group>
  );
}

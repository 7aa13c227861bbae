import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../components/format.ts';
import type { DemandBoard } from '../api.ts';

/** The board's totals: open needs, seats, firms, ready cells (each need counted once). */
export function Totals({ board }: { board: DemandBoard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const items: Array<[string, number]> = [
    ['openNeeds', board.totals.openNeeds],
    ['seats', board.totals.seats],
    ['members', board.totals.members],
    ['readyCells', board.totals.readyCells],
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }}>
      {items.map(([key, value]) => (
        <Card key={key} withBorder padding="sm">
          <Text size="sm" c="dimmed">
            {t(`demand:totals.${key}`)}
          </Text>
          <Text fw={700} size="xl">
            {format.number(value)}
          </Text>
        </Card>
      ))}
      <Text size="xs" c="dimmed" style={{ gridColumn: '1 / -1' }}>
        {t('demand:totals.help', { min: board.minMembersPerSession })}
      </Text>
    </SimpleGrid>
  );
}

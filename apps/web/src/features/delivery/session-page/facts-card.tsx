import { Card, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../components/format.ts';
import type { SessionDetail } from '../api.ts';
import { useSeatRows } from '../session-seats.tsx';

/** What everyone sees of a session: period, seats, place, trainer, dates, deadlines and meeting days. */
export function FactsCard({ s }: { s: SessionDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const seatRows = useSeatRows(s);
  const rows: [string, string][] = [
    [t('delivery:fields.period'), format.period(s.period)],
    ...seatRows,
    [
      t('delivery:fields.place'),
      s.place ?? s.virtualLink ?? (s.mode === 'virtual' ? t('delivery:fields.virtualLinkForParticipants') : '—'),
    ],
    [t('delivery:fields.trainer'), [s.providerName, s.trainerName].filter(Boolean).join(' — ') || '—'],
    [
      t('delivery:fields.goNoGoDate'),
      s.goNoGoDate ? `${format.date(s.goNoGoDate)} (${t(`delivery:goNoGo.${s.goNoGo}`)})` : '—',
    ],
    [t('delivery:fields.deadline'), s.withdrawalDeadline ? format.date(s.withdrawalDeadline) : '—'],
  ];
  if (s.cancelReason) rows.push([t('delivery:fields.cancelReason'), s.cancelReason]);
  if (s.singleFirm) rows.push([t('delivery:fields.singleFirm'), s.overrideReason ?? t('common:yes')]);
  return (
    <Card withBorder mb="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text size="sm" c="dimmed">
              {label}
            </Text>
            <Text>{value}</Text>
          </div>
        ))}
      </SimpleGrid>
      {s.meetingDays.length > 0 && (
        <Table mt="md" aria-label={t('delivery:days.title')}>
          <Table.Tbody>
            {s.meetingDays.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{format.date(d.day)}</Table.Td>
                <Table.Td>
                  {format.time(d.startsAt)} – {format.time(d.endsAt)}
                </Table.Td>
                <Table.Td>{format.hours(d.hours)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from './api.ts';

// A session's seats as the API's one seat picture gives them: seats reserved by firms, confirmed
// participants and the waitlist are always told apart, and the go/no-go minimum names what it counts.

type Seats = Pick<SessionSummary, 'seats' | 'seatsMax' | 'seatsMin' | 'goNoGo'>;

/** The seats of a session in a list cell: reserved · confirmed · waitlisted, of the maximum. */
export function SeatsCell({ s }: { s: Seats }) {
  const { t } = useTranslation();
  const parts = [
    t('delivery:seats.reserved', { count: s.seats.reserved }),
    t('delivery:seats.confirmed', { count: s.seats.confirmed }),
  ];
  if (s.seats.waitlisted > 0) parts.push(t('delivery:seats.waitlisted', { count: s.seats.waitlisted }));
  return (
    <Stack gap={0}>
      <Text size="sm">{parts.join(' · ')}</Text>
      <Text size="xs" c="dimmed">
        {t('delivery:seats.capacity', { count: s.seatsMax })}
      </Text>
    </Stack>
  );
}

/** The go/no-go reading, with the seats it counts against the minimum. */
export function GoNoGoCell({ s }: { s: Seats }) {
  const { t } = useTranslation();
  const label =
    s.goNoGo === 'go' && !s.seats.minimumMet ? t('delivery:goNoGo.goBelowMinimum') : t(`delivery:goNoGo.${s.goNoGo}`);
  return (
    <Stack gap={0}>
      {s.goNoGo === 'alert' ? <Badge color="red">{label}</Badge> : <Text size="sm">{label}</Text>}
      <Text size="xs" c="dimmed">
        {t('delivery:seats.minimum', { count: s.seats.held, min: s.seatsMin })}
      </Text>
    </Stack>
  );
}

/** Label and value rows of a session's seats, for its facts card. */
export function useSeatRows(s: Seats): [string, string][] {
  const { t } = useTranslation();
  const reserved = t('delivery:seats.reserved', { count: s.seats.reserved });
  return [
    [
      t('delivery:seats.reservedLabel'),
      s.seats.unnamed > 0 ? `${reserved} (${t('delivery:seats.unnamed', { count: s.seats.unnamed })})` : reserved,
    ],
    [t('delivery:seats.confirmedLabel'), t('delivery:seats.confirmed', { count: s.seats.confirmed })],
    [t('delivery:seats.waitlistedLabel'), t('delivery:seats.waitlisted', { count: s.seats.waitlisted })],
    [
      t('delivery:seats.freeLabel'),
      `${t('delivery:seats.free', { count: s.seats.free })} ${t('delivery:seats.capacity', { count: s.seatsMax })}`,
    ],
    [
      t('delivery:seats.minimumLabel'),
      `${t('delivery:seats.minimum', { count: s.seats.held, min: s.seatsMin })} — ${s.seats.minimumMet ? t('delivery:seats.met') : t('delivery:seats.notMet')}`,
    ],
  ];
}

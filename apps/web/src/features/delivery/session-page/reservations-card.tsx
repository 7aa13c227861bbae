import { Button, Card, Group, NumberInput, Select, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../../components/notify.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { type SessionDetail, sessionIsOpenForEnrolment, useMemberOptions, useReserveSeats } from '../api.ts';
import { useNotifyError } from './use-notify-error.ts';

/** Seats each firm holds (coordinator): change them within the session's capacity, or give seats to another firm. */
export function ReservationsCard({ s }: { s: SessionDetail }) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  // Only the seats a person has typed and not saved yet; every other row shows the server's value,
  // so a refetch never wipes what is being typed.
  const [seats, setSeats] = useState<Record<string, number | string>>({});
  const [newMember, setNewMember] = useState<string | null>(null);
  const [newSeats, setNewSeats] = useState<number | string>(1);
  const members = useMemberOptions(true);
  const reserve = useReserveSeats(s.id);
  if (!sessionIsOpenForEnrolment(s.status)) return null;
  const done = () => notify({ color: 'green', message: t('delivery:saved') });
  const held = new Set(s.reservations.map((r) => r.memberId));
  return (
    <Card withBorder mb="md" aria-labelledby="reservations-title">
      <Title order={2} size="h4" id="reservations-title" mb="sm">
        {t('delivery:reservations.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('delivery:reservations.help', { max: s.seatsMax })}
      </Text>
      {s.reservations.length > 0 && (
        <TableScroll minWidth={560} labelledBy="reservations-title">
          <Table mb="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('delivery:fields.firm')}</Table.Th>
                <Table.Th>{t('delivery:reservations.reserved')}</Table.Th>
                <Table.Th>{t('delivery:reservations.confirmed')}</Table.Th>
                <Table.Th>{t('delivery:reservations.waitlisted')}</Table.Th>
                <Table.Th>{t('delivery:fields.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.reservations.map((r) => (
                <Table.Tr key={r.memberId}>
                  <Table.Td>{r.memberName}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('delivery:reservations.seatsOf', { firm: r.memberName })}
                      value={seats[r.memberId] ?? r.reserved}
                      onChange={(v) => setSeats({ ...seats, [r.memberId]: v })}
                      min={0}
                      max={s.seatsMax}
                      allowDecimal={false}
                      w={90}
                    />
                  </Table.Td>
                  <Table.Td>{r.confirmed}</Table.Td>
                  <Table.Td>{r.waitlisted}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      disabled={seats[r.memberId] === '' || Number(seats[r.memberId] ?? r.reserved) === r.reserved}
                      loading={reserve.isPending}
                      aria-label={t('delivery:reservations.saveOf', { firm: r.memberName })}
                      onClick={() =>
                        reserve.mutate(
                          { memberId: r.memberId, seats: Number(seats[r.memberId]) },
                          {
                            onSuccess: () => {
                              setSeats(({ [r.memberId]: _saved, ...rest }) => rest);
                              done();
                            },
                            onError,
                          },
                        )
                      }
                    >
                      {t('delivery:save')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Group align="flex-end">
        <Select
          label={t('delivery:reservations.addFirm')}
          data={(members.data ?? []).filter((m) => !held.has(m.value))}
          value={newMember}
          onChange={setNewMember}
          searchable
          w={300}
        />
        <NumberInput
          label={t('delivery:reservations.reserved')}
          value={newSeats}
          onChange={setNewSeats}
          min={1}
          max={s.seatsMax}
          allowDecimal={false}
          w={120}
        />
        <Button
          disabled={!newMember || newSeats === ''}
          loading={reserve.isPending}
          onClick={() =>
            newMember &&
            reserve.mutate(
              { memberId: newMember, seats: Number(newSeats) },
              {
                onSuccess: () => {
                  setNewMember(null);
                  done();
                },
                onError,
              },
            )
          }
        >
          {t('delivery:reservations.add')}
        </Button>
      </Group>
    </Card>
  );
}

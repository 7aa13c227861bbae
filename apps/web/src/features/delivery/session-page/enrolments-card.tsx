import { ActionIcon, Button, Card, Group, Select, Table, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { today, useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { SeatCostNote } from '../../finance/seat-cost-note.tsx';
import {
  type Enrolment,
  enrolmentIsActive,
  type SessionDetail,
  sessionIsOpenForEnrolment,
  useEnrol,
  useEnrolments,
  useMyEmployees,
  usePromote,
  useReorderWaitlist,
  useWithdraw,
} from '../api.ts';
import { EnrolForFirm } from './enrol-for-firm.tsx';
import { MoveModal } from './move-modal.tsx';
import { SubstituteModal } from './substitute-modal.tsx';
import { useNotifyError } from './use-notify-error.ts';

/** Enrolments: a coordinator sees all firms, enrols on their behalf, moves people and handles the waitlist; a member contact sees and enrols only its own employees. */
export function EnrolmentsCard({ s, role, memberId }: { s: SessionDetail; role: string; memberId: string | null }) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  const enrolments = useEnrolments(s.id, true);
  const employees = useMyEmployees(role === 'member_contact' ? memberId : null);
  const [employeeId, setEmployeeId] = useState<string | null>(null);
  const enrol = useEnrol(s.id);
  const withdraw = useWithdraw();
  const open = sessionIsOpenForEnrolment(s.status);
  const format = useFormat();
  const [replacing, setReplacing] = useState<Enrolment | null>(null);
  const [moving, setMoving] = useState<Enrolment | null>(null);
  const promote = usePromote();
  const reorder = useReorderWaitlist(s.id);
  const coordinator = role === 'coordinator';
  const waitlist = (enrolments.data ?? []).filter((e) => e.status === 'waitlisted');
  // the waitlist with one person moved up (-1) or down (+1)
  const reordered = (e: Enrolment, by: -1 | 1) => {
    const ids = waitlist.map((w) => w.id);
    const i = ids.indexOf(e.id);
    [ids[i], ids[i + by]] = [ids[i + by], ids[i]];
    return ids;
  };
  // substitution is free until the withdrawal deadline (Montreal date; the server decides)
  const todayIs = today();
  const canSubstitute = role === 'member_contact' && open && (!s.withdrawalDeadline || todayIs <= s.withdrawalDeadline);
  const employeeOptions = (employees.data?.items ?? []).map((e) => ({
    value: e.id,
    label: `${e.firstName} ${e.lastName}`,
  }));
  return (
    <Card withBorder mb="md" aria-labelledby="enrolments-title">
      <Title order={2} size="h4" id="enrolments-title" mb="sm">
        {t('delivery:enrolments.title')}
      </Title>
      {coordinator && open && <EnrolForFirm s={s} />}
      {role === 'member_contact' && open && (
        <Group align="flex-end" mb="md">
          <Select
            label={t('delivery:enrolments.employee')}
            data={employeeOptions}
            value={employeeId}
            onChange={setEmployeeId}
            searchable
          />
          <Button
            disabled={!employeeId}
            loading={enrol.isPending}
            onClick={() =>
              employeeId &&
              enrol.mutate(employeeId, {
                onSuccess: () => notify({ color: 'green', message: t('delivery:enrolments.done') }),
                onError,
              })
            }
          >
            {t('delivery:enrolments.enrol')}
          </Button>
          {s.seatsAvailableForMe !== null && (
            <Text size="sm">{t('delivery:enrolments.available', { count: s.seatsAvailableForMe })}</Text>
          )}
        </Group>
      )}
      {role === 'member_contact' && open && <SeatCostNote sessionId={s.id} />}
      <ErrorAlert error={enrolments.error} />
      {enrolments.data && enrolments.data.length === 0 && <Text c="dimmed">{t('delivery:enrolments.empty')}</Text>}
      {enrolments.data && enrolments.data.length > 0 && (
        <TableScroll minWidth={560} labelledBy="enrolments-title">
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('delivery:fields.participant')}</Table.Th>
                {role === 'coordinator' && <Table.Th>{t('delivery:fields.firm')}</Table.Th>}
                <Table.Th>{t('delivery:fields.state')}</Table.Th>
                <Table.Th>{t('delivery:fields.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {enrolments.data.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{e.employeeName}</Table.Td>
                  {role === 'coordinator' && <Table.Td>{e.memberName}</Table.Td>}
                  <Table.Td>
                    {t(`delivery:enrolmentStatus.${e.status}`)}
                    {e.waitlistRank ? ` (#${e.waitlistRank})` : ''}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {coordinator && open && e.status === 'waitlisted' && (
                        <>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('delivery:waitlist.upOf', { name: e.employeeName })}
                            disabled={waitlist[0]?.id === e.id}
                            onClick={() => reorder.mutate(reordered(e, -1), { onError })}
                          >
                            <IconArrowUp size={16} aria-hidden />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('delivery:waitlist.downOf', { name: e.employeeName })}
                            disabled={waitlist[waitlist.length - 1]?.id === e.id}
                            onClick={() => reorder.mutate(reordered(e, 1), { onError })}
                          >
                            <IconArrowDown size={16} aria-hidden />
                          </ActionIcon>
                          <Button
                            size="xs"
                            variant="light"
                            aria-label={t('delivery:waitlist.promoteOf', { name: e.employeeName })}
                            onClick={() =>
                              promote.mutate(e.id, {
                                onSuccess: () =>
                                  notify({
                                    color: 'green',
                                    message: t('delivery:waitlist.promoted', { name: e.employeeName }),
                                  }),
                                onError,
                              })
                            }
                          >
                            {t('delivery:waitlist.promote')}
                          </Button>
                        </>
                      )}
                      {coordinator && open && enrolmentIsActive(e.status) && (
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-label={t('delivery:move.of', { name: e.employeeName })}
                          onClick={() => setMoving(e)}
                        >
                          {t('delivery:move.action')}
                        </Button>
                      )}
                      {canSubstitute && e.status === 'confirmed' && (
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setReplacing(e)}
                          aria-label={t('delivery:substitute.of', { name: e.employeeName })}
                        >
                          {t('delivery:substitute.action')}
                        </Button>
                      )}
                      {open && enrolmentIsActive(e.status) && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          aria-label={t(
                            e.status === 'waitlisted' ? 'delivery:waitlist.removeOf' : 'delivery:enrolments.withdrawOf',
                            { name: e.employeeName },
                          )}
                          onClick={() => withdraw.mutate(e.id, { onError })}
                        >
                          {t(e.status === 'waitlisted' ? 'delivery:waitlist.remove' : 'delivery:enrolments.withdraw')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {canSubstitute && s.withdrawalDeadline && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('delivery:substitute.until', { date: format.date(s.withdrawalDeadline) })}
        </Text>
      )}
      {moving && <MoveModal enrolment={moving} onClose={() => setMoving(null)} />}
      {replacing && (
        <SubstituteModal enrolment={replacing} employees={employeeOptions} onClose={() => setReplacing(null)} />
      )}
    </Card>
  );
}

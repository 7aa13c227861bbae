import { ActionIcon, Anchor, Button, Card, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useMe } from '../auth/session.ts';
import { type Enrolment, type Roster, type SessionDetail, useAttestations, useDeliveryMutation, useEnrolments, useEvaluation, useMemberOptions, useMyEmployees, useRoster, useSession } from './api.ts';
import { EvaluationCharts } from './evaluation-page.tsx';
import { SessionStateBadge } from './sessions-page.tsx';

function useNotifyError() {
  const message = useErrorMessage();
  return (error: unknown) => notify({ color: 'red', message: message(error) });
}

function Facts({ s }: { s: SessionDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: [string, string][] = [
    [t('delivery:fields.period'), s.period],
    [t('delivery:fields.seats'), t('delivery:sessions.seats', { confirmed: s.seatsConfirmed, max: s.seatsMax, waitlisted: s.waitlisted })],
    [t('delivery:fields.seatsMin'), String(s.seatsMin)],
    [t('delivery:fields.place'), s.place ?? s.virtualLink ?? '—'],
    [t('delivery:fields.trainer'), [s.providerName, s.trainerName].filter(Boolean).join(' — ') || '—'],
    [t('delivery:fields.goNoGoDate'), s.goNoGoDate ? `${format.date(s.goNoGoDate)} (${t(`delivery:goNoGo.${s.goNoGo}`)})` : '—'],
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
                  {d.startsAt}–{d.endsAt}
                </Table.Td>
                <Table.Td>{t('delivery:days.hours', { hours: d.hours })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** The coordinator's lifecycle buttons, with the reason a cancellation or an override needs. */
function Lifecycle({ s }: { s: SessionDetail }) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState(false);
  const move = useDeliveryMutation<{ to: string }>('POST', () => `/api/sessions/${s.id}/transitions`, (b) => ({ to: b.to, reason: reason || undefined, override: b.to === 'confirmed' ? override : undefined }));
  if (s.allowedTransitions.length === 0) return null;
  return (
    <Card withBorder mb="md" aria-labelledby="lifecycle-title">
      <Title order={2} size="h4" id="lifecycle-title" mb="sm">
        {t('delivery:lifecycle.title')}
      </Title>
      <Stack>
        <TextInput label={t('delivery:lifecycle.reason')} description={t('delivery:lifecycle.reasonHelp')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} />
        {s.allowedTransitions.includes('confirmed') && <Checkbox label={t('delivery:lifecycle.override')} checked={override} onChange={(e) => setOverride(e.currentTarget.checked)} />}
        <Group>
          {s.allowedTransitions.map((to) => (
            <Button
              key={to}
              color={to === 'cancelled' ? 'red' : undefined}
              variant={to === 'cancelled' ? 'outline' : 'filled'}
              loading={move.isPending}
              onClick={() =>
                move.mutate(
                  { to },
                  {
                    onSuccess: () => notify({ color: 'green', message: t(`delivery:state.${to}`) }),
                    onError,
                  },
                )
              }
            >
              {t(`delivery:lifecycle.to.${to}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}

interface DayDraft {
  key: string;
  day: string;
  startsAt: string;
  endsAt: string;
}

/** Place, virtual link, trainer and meeting days (coordinator, before delivery). */
function Schedule({ s }: { s: SessionDetail }) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  const [place, setPlace] = useState(s.place ?? '');
  const [link, setLink] = useState(s.virtualLink ?? '');
  const [trainer, setTrainer] = useState(s.trainerName ?? '');
  // The days being edited and not saved yet (null: none, the server's days are shown), so a refetch
  // never wipes what is being typed.
  const [draft, setDraft] = useState<DayDraft[] | null>(null);
  const days = draft ?? s.meetingDays.map(({ id, day, startsAt, endsAt }) => ({ key: id, day, startsAt, endsAt }));
  const save = useDeliveryMutation<void>('PATCH', () => `/api/sessions/${s.id}`, () => ({ place: place || null, virtualLink: link || null, trainerName: trainer || null }));
  const saveDays = useDeliveryMutation<void>('PUT', () => `/api/sessions/${s.id}/meeting-days`, () => ({ days: days.map(({ day, startsAt, endsAt }) => ({ day, startsAt, endsAt })) }));
  if (!['proposed', 'confirmed', 'scheduled'].includes(s.status)) return null;
  const done = () => notify({ color: 'green', message: t('delivery:saved') });
  return (
    <Card withBorder mb="md" aria-labelledby="schedule-title">
      <Title order={2} size="h4" id="schedule-title" mb="sm">
        {t('delivery:schedule.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput label={t('delivery:fields.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
        <TextInput label={t('delivery:fields.virtualLink')} value={link} onChange={(e) => setLink(e.currentTarget.value)} type="url" />
        <TextInput label={t('delivery:fields.trainer')} value={trainer} onChange={(e) => setTrainer(e.currentTarget.value)} />
      </SimpleGrid>
      <Button mt="sm" onClick={() => save.mutate(undefined, { onSuccess: done, onError })} loading={save.isPending}>
        {t('delivery:save')}
      </Button>
      <Title order={3} size="h5" mt="lg" mb="xs">
        {t('delivery:days.title')}
      </Title>
      <Stack gap="xs">
        {days.map((d, i) => (
          <Group key={d.key} align="flex-end">
            <TextInput label={t('delivery:days.day')} type="date" value={d.day} onChange={(e) => setDraft(days.map((x, j) => (j === i ? { ...x, day: e.currentTarget.value } : x)))} />
            <TextInput label={t('delivery:days.start')} type="time" value={d.startsAt} onChange={(e) => setDraft(days.map((x, j) => (j === i ? { ...x, startsAt: e.currentTarget.value } : x)))} />
            <TextInput label={t('delivery:days.end')} type="time" value={d.endsAt} onChange={(e) => setDraft(days.map((x, j) => (j === i ? { ...x, endsAt: e.currentTarget.value } : x)))} />
            <ActionIcon variant="subtle" color="red" aria-label={t('delivery:days.remove')} onClick={() => setDraft(days.filter((_, j) => j !== i))}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" onClick={() => setDraft([...days, { key: `new-${Date.now()}-${days.length}`, day: '', startsAt: '08:30', endsAt: '16:00' }])}>
            {t('delivery:days.add')}
          </Button>
          <Button
            onClick={() =>
              saveDays.mutate(undefined, {
                onSuccess: () => {
                  setDraft(null);
                  done();
                },
                onError,
              })
            }
            loading={saveDays.isPending}
          >
            {t('delivery:days.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Seats each firm holds (coordinator): change them within the session's capacity, or give seats to another firm. */
function Reservations({ s }: { s: SessionDetail }) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  // Only the seats a person has typed and not saved yet; every other row shows the server's value,
  // so a refetch never wipes what is being typed.
  const [seats, setSeats] = useState<Record<string, number | string>>({});
  const [newMember, setNewMember] = useState<string | null>(null);
  const [newSeats, setNewSeats] = useState<number | string>(1);
  const members = useMemberOptions(true);
  const reserve = useDeliveryMutation<{ memberId: string; seats: number }>('PUT', () => `/api/sessions/${s.id}/reservations`, (b) => b);
  if (!['proposed', 'confirmed', 'scheduled'].includes(s.status)) return null;
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
        <NumberInput label={t('delivery:reservations.reserved')} value={newSeats} onChange={setNewSeats} min={1} max={s.seatsMax} allowDecimal={false} w={120} />
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

/** A member contact replaces a confirmed participant by another employee of its firm, until the deadline. */
function Substitute({ enrolment, employees, onClose }: { enrolment: Enrolment; employees: { value: string; label: string }[]; onClose: () => void }) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  const [employeeId, setEmployeeId] = useState<string | null>(null);
  const substitute = useDeliveryMutation<string>('POST', () => `/api/enrolments/${enrolment.id}/substitute`, (id) => ({ employeeId: id }));
  return (
    <Modal opened onClose={onClose} title={t('delivery:substitute.title', { name: enrolment.employeeName })} closeButtonProps={{ 'aria-label': t('delivery:close') }}>
      <Stack>
        <Select label={t('delivery:substitute.by')} data={employees.filter((e) => e.value !== enrolment.employeeId)} value={employeeId} onChange={setEmployeeId} searchable />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('delivery:cancel')}
          </Button>
          <Button
            disabled={!employeeId}
            loading={substitute.isPending}
            onClick={() =>
              employeeId &&
              substitute.mutate(employeeId, {
                onSuccess: () => {
                  notify({ color: 'green', message: t('delivery:substitute.done') });
                  onClose();
                },
                onError,
              })
            }
          >
            {t('delivery:substitute.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Enrolments: a coordinator sees all firms, a member contact only its own employees and enrols them. */
function Enrolments({ s, role, memberId }: { s: SessionDetail; role: string; memberId: string | null }) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  const enrolments = useEnrolments(s.id, true);
  const employees = useMyEmployees(role === 'member_contact' ? memberId : null);
  const [employeeId, setEmployeeId] = useState<string | null>(null);
  const enrol = useDeliveryMutation<string>('POST', () => `/api/sessions/${s.id}/enrolments`, (id) => ({ employeeId: id }));
  const withdraw = useDeliveryMutation<string>('POST', (id) => `/api/enrolments/${id}/withdraw`, () => ({}));
  const open = ['proposed', 'confirmed', 'scheduled'].includes(s.status);
  const format = useFormat();
  const [replacing, setReplacing] = useState<Enrolment | null>(null);
  // substitution is free until the withdrawal deadline (Montreal date; the server decides)
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Montreal' }).format(new Date());
  const canSubstitute = role === 'member_contact' && open && (!s.withdrawalDeadline || today <= s.withdrawalDeadline);
  const employeeOptions = (employees.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.firstName} ${e.lastName}` }));
  return (
    <Card withBorder mb="md" aria-labelledby="enrolments-title">
      <Title order={2} size="h4" id="enrolments-title" mb="sm">
        {t('delivery:enrolments.title')}
      </Title>
      {role === 'member_contact' && open && (
        <Group align="flex-end" mb="md">
          <Select
            label={t('delivery:enrolments.employee')}
            data={(employees.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.firstName} ${e.lastName}` }))}
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
          {s.seatsAvailableForMe !== null && <Text size="sm">{t('delivery:enrolments.available', { count: s.seatsAvailableForMe })}</Text>}
        </Group>
      )}
      <ErrorAlert error={enrolments.error} />
      {enrolments.data && enrolments.data.length === 0 && <Text c="dimmed">{t('delivery:enrolments.empty')}</Text>}
      {enrolments.data && enrolments.data.length > 0 && (
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
                    {canSubstitute && e.status === 'confirmed' && (
                      <Button size="xs" variant="subtle" onClick={() => setReplacing(e)} aria-label={t('delivery:substitute.of', { name: e.employeeName })}>
                        {t('delivery:substitute.action')}
                      </Button>
                    )}
                    {open && ['confirmed', 'waitlisted'].includes(e.status) && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => withdraw.mutate(e.id, { onError })}>
                        {t('delivery:enrolments.withdraw')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canSubstitute && s.withdrawalDeadline && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('delivery:substitute.until', { date: format.date(s.withdrawalDeadline) })}
        </Text>
      )}
      {replacing && <Substitute enrolment={replacing} employees={employeeOptions} onClose={() => setReplacing(null)} />}
    </Card>
  );
}

/** Evaluation results of a delivered session, with charts (coordinator or its trainer). */
function SessionEvaluation({ s }: { s: SessionDetail }) {
  const { t } = useTranslation();
  const results = useEvaluation({ sessionId: s.id });
  return (
    <Card withBorder mb="md" aria-labelledby="session-evaluation-title">
      <Title order={2} size="h4" id="session-evaluation-title" mb="sm">
        {t('delivery:evaluation.title')}
      </Title>
      <ErrorAlert error={results.error} />
      {results.data && <EvaluationCharts results={results.data} idPrefix="session-evaluation" />}
    </Card>
  );
}

/** The trainer's roster: attendance per meeting day and each participant's result. */
function RosterCard({ s, canRecord }: { s: SessionDetail; canRecord: boolean }) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  const roster = useRoster(s.id, true);
  // Only the ticks and results a person has changed and not saved yet; every other cell shows the
  // server's value, so a refetch (e.g. after saving the results) never wipes unsaved attendance.
  const [presentDraft, setPresentDraft] = useState<Record<string, boolean>>({});
  const [outcomeDraft, setOutcomeDraft] = useState<Record<string, { outcome?: string | null; score?: number | string }>>({});
  type Person = Roster['participants'][number];
  const isPresent = (p: Person, meetingDayId: string) => presentDraft[`${p.enrolmentId}/${meetingDayId}`] ?? p.attendance.find((a) => a.meetingDayId === meetingDayId)?.present ?? false;
  const outcomeOf = (p: Person) => {
    const typed = outcomeDraft[p.enrolmentId];
    return { outcome: typed?.outcome !== undefined ? typed.outcome : p.outcome, score: typed?.score !== undefined ? typed.score : (p.score ?? '') };
  };
  const people = (r: Roster) => r.participants.filter((p) => p.status === 'confirmed');
  const saveAttendance = useDeliveryMutation<Roster>('PUT', () => `/api/sessions/${s.id}/attendance`, (r) => ({
    entries: people(r).flatMap((p) => r.meetingDays.map((d) => ({ enrolmentId: p.enrolmentId, meetingDayId: d.id, present: isPresent(p, d.id) }))),
  }));
  const saveResults = useDeliveryMutation<Roster>('PUT', () => `/api/sessions/${s.id}/results`, (r) => ({
    entries: people(r).map((p) => {
      const { outcome, score } = outcomeOf(p);
      return { enrolmentId: p.enrolmentId, outcome, score: score === '' ? null : Number(score) };
    }),
  }));
  const r = roster.data;
  const done = () => notify({ color: 'green', message: t('delivery:saved') });
  return (
    <Card withBorder mb="md" aria-labelledby="roster-title">
      <Title order={2} size="h4" id="roster-title" mb="sm">
        {t('delivery:roster.title')}
      </Title>
      <ErrorAlert error={roster.error} />
      {r && r.participants.length === 0 && <Text c="dimmed">{t('delivery:enrolments.empty')}</Text>}
      {r && r.participants.length > 0 && (
        <>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('delivery:fields.participant')}</Table.Th>
                <Table.Th>{t('delivery:fields.firm')}</Table.Th>
                <Table.Th>{t('delivery:fields.jobTitle')}</Table.Th>
                {r.meetingDays.map((d) => (
                  <Table.Th key={d.id}>{d.day}</Table.Th>
                ))}
                <Table.Th>{t('delivery:roster.result')}</Table.Th>
                <Table.Th>{t('delivery:roster.score')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.participants.map((p) => (
                <Table.Tr key={p.enrolmentId}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{p.firm}</Table.Td>
                  <Table.Td>{p.jobTitle}</Table.Td>
                  {r.meetingDays.map((d) => (
                    <Table.Td key={d.id}>
                      <Checkbox
                        aria-label={t('delivery:roster.presentOn', { name: p.name, day: d.day })}
                        checked={isPresent(p, d.id)}
                        disabled={!canRecord || s.status !== 'in_delivery' || p.status !== 'confirmed'}
                        onChange={(e) => {
                          const checked = e.currentTarget.checked;
                          setPresentDraft((draft) => ({ ...draft, [`${p.enrolmentId}/${d.id}`]: checked }));
                        }}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Select
                      aria-label={t('delivery:roster.resultOf', { name: p.name })}
                      data={['passed', 'not_passed'].map((o) => ({ value: o, label: t(`delivery:outcome.${o}`) }))}
                      value={outcomeOf(p).outcome}
                      onChange={(v) => setOutcomeDraft((draft) => ({ ...draft, [p.enrolmentId]: { ...draft[p.enrolmentId], outcome: v } }))}
                      disabled={!canRecord || p.status !== 'confirmed'}
                      clearable
                      clearButtonProps={{ 'aria-label': t('delivery:clear') }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('delivery:roster.scoreOf', { name: p.name })}
                      value={outcomeOf(p).score}
                      onChange={(v) => setOutcomeDraft((draft) => ({ ...draft, [p.enrolmentId]: { ...draft[p.enrolmentId], score: v } }))}
                      min={0}
                      max={100}
                      w={90}
                      disabled={!canRecord || p.status !== 'confirmed'}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {canRecord && (
            <Group mt="sm">
              {s.status === 'in_delivery' && (
                <Button
                  onClick={() =>
                    saveAttendance.mutate(r, {
                      onSuccess: () => {
                        setPresentDraft({});
                        done();
                      },
                      onError,
                    })
                  }
                  loading={saveAttendance.isPending}
                >
                  {t('delivery:roster.saveAttendance')}
                </Button>
              )}
              {['in_delivery', 'delivered'].includes(s.status) && (
                <Button
                  variant="light"
                  onClick={() =>
                    saveResults.mutate(r, {
                      onSuccess: () => {
                        setOutcomeDraft({});
                        done();
                      },
                      onError,
                    })
                  }
                  loading={saveResults.isPending}
                >
                  {t('delivery:roster.saveResults')}
                </Button>
              )}
            </Group>
          )}
        </>
      )}
    </Card>
  );
}

function Attestations({ s }: { s: SessionDetail }) {
  const { t } = useTranslation();
  const list = useAttestations(s.id, true);
  if (!list.data || list.data.length === 0) return null;
  return (
    <Card withBorder mb="md" aria-labelledby="attestations-title">
      <Title order={2} size="h4" id="attestations-title" mb="sm">
        {t('delivery:attestations.title')}
      </Title>
      <Table>
        <Table.Tbody>
          {list.data.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.participantName}</Table.Td>
              <Table.Td>{a.number}</Table.Td>
              <Table.Td>{t('delivery:days.hours', { hours: a.hours })}</Table.Td>
              <Table.Td>
                <Anchor href={`/api/attestations/${a.id}/pdf`}>{t('delivery:attestations.pdf')}</Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** /sessions/:sessionId — what each role does with a session. */
export function SessionPage() {
  const { t } = useTranslation();
  const { sessionId } = useParams();
  const { data: me } = useMe();
  const session = useSession(sessionId);
  const s = session.data;
  const role = me?.role ?? 'coordinator';
  return (
    <>
      <PageHeader title={s?.title ?? t('delivery:sessions.title')} subtitle={s ? <SessionStateBadge state={s.status} /> : undefined} />
      <ErrorAlert error={session.error} />
      {s && (
        <>
          <Facts s={s} />
          {role === 'coordinator' && <Lifecycle s={s} />}
          {role === 'coordinator' && <Schedule s={s} />}
          {role === 'coordinator' && <Reservations s={s} />}
          {(role === 'coordinator' || role === 'member_contact') && <Enrolments s={s} role={role} memberId={me?.memberId ?? null} />}
          {(role === 'coordinator' || role === 'trainer') && ['in_delivery', 'delivered', 'evaluated'].includes(s.status) && <RosterCard s={s} canRecord />}
          {(role === 'coordinator' || role === 'trainer') && ['delivered', 'evaluated'].includes(s.status) && <SessionEvaluation s={s} />}
          {role !== 'trainer' && ['delivered', 'evaluated'].includes(s.status) && <Attestations s={s} />}
        </>
      )}
    </>
  );
}
